/**
 * The route table: every route of the JSON API, its request shapes and its answers. The server registers
 * each route from here (validation, serialization, the OpenAPI document); the web app's client is typed
 * from it. A new route is one entry here and one handler in src/server/routes.
 */
import { z } from 'zod';
import type { RouteKeyPattern, RouteSpec } from './route-spec';
import { healthSchema, openApiDocumentSchema } from './health';
import { authOptionsSchema, loginBodySchema, meSchema, registerBodySchema } from './accounts';
import { resetConfirmBodySchema, resetRequestBodySchema, resetRequestedSchema } from './password-reset';
import { settingsPatchSchema, userSettingsSchema } from './settings';
import { checkinBodySchema, checkinIdParams, checkinListSchema, checkinRecordSchema } from './checkins';
import {
  manualRunBody,
  runDetailSchema,
  runIdParams,
  runListQuery,
  runListSchema,
  runPatchBody,
  runSchema,
} from './runs';
import { importIdParams, importListSchema, importStatusSchema } from './imports';
import { weeklyLoadQuerySchema, weeklyLoadSchema } from './load';
import { loadFactorsQuerySchema, loadFactorsSchema } from './load-factors';
import {
  shoeCreateBody,
  shoeIdParams,
  shoeListSchema,
  shoePatchBody,
  shoeRetireBody,
  shoeSchema,
} from './shoes';
import { dashboardQuerySchema, dashboardSchema } from './dashboard';
import {
  calendarFileParams,
  calendarLinkSchema,
  calendarText,
  planCreateBody,
  planIdParams,
  planLogBody,
  planLogParams,
  planLogPatchBody,
  planLogSchema,
  planQuerySchema,
  planRecordSchema,
} from './plans';
import {
  painCreateBody,
  painEntrySchema,
  painEscalationQuery,
  painEscalationSchema,
  painIdParams,
  painInsightsQuery,
  painInsightsSchema,
  painListQuery,
  painListSchema,
  painPatchBody,
} from './pain';
import {
  reportHtmlText,
  reportPdfBytes,
  reportQuerySchema,
  shareCreateBody,
  shareIdParams,
  shareLinkSchema,
  shareListSchema,
  sharedTokenParams,
} from './report';
import { accountImportSchema, deleteAccountBody, exportZip } from './your-data';
import {
  passwordChangeBody,
  passwordChangedSchema,
  sessionIdParams,
  sessionListSchema,
  sessionSchema,
  sessionsEndedSchema,
} from './sessions';
import { formCheckCreateBody, formCheckIdParams, formCheckListSchema, formCheckSchema } from './form';

/** A 204 answer: no body. */
const noContent = z.undefined();

export const API_ROUTES = {
  // system
  'GET /api/health': {
    public: true,
    tags: ['system'],
    summary: 'Is the server up, and on which database',
    response: { 200: healthSchema },
  },
  'GET /api/openapi.json': {
    public: true,
    hide: true,
    tags: ['system'],
    summary: 'This API described as OpenAPI 3',
    response: { 200: openApiDocumentSchema },
  },

  // accounts
  'POST /api/auth/register': {
    public: true,
    tags: ['auth'],
    summary: 'Create an account and log in',
    body: registerBodySchema,
    response: { 201: meSchema },
  },
  'POST /api/auth/login': {
    public: true,
    tags: ['auth'],
    summary: 'Log in',
    body: loginBodySchema,
    response: { 200: meSchema },
  },
  'POST /api/auth/logout': {
    public: true,
    tags: ['auth'],
    summary: 'Log out (ends the session on the server)',
    response: { 204: noContent },
  },
  'GET /api/me': { tags: ['auth'], summary: 'The logged-in user', response: { 200: meSchema } },

  // password reset
  'GET /api/auth/options': {
    public: true,
    tags: ['auth'],
    summary: 'How this server handles forgotten passwords',
    response: { 200: authOptionsSchema },
  },
  'POST /api/auth/password-reset': {
    public: true,
    tags: ['auth'],
    summary: 'Email a link to set a new password (same answer whether or not the account exists)',
    body: resetRequestBodySchema,
    response: { 202: resetRequestedSchema },
  },
  'POST /api/auth/password-reset/confirm': {
    public: true,
    tags: ['auth'],
    summary: 'Set a new password with a reset link; ends every session of the account and logs in',
    body: resetConfirmBodySchema,
    response: { 200: meSchema },
  },

  // settings
  'GET /api/settings': {
    tags: ['settings'],
    summary: 'Your preferences',
    response: { 200: userSettingsSchema },
  },
  'PUT /api/settings': {
    tags: ['settings'],
    summary: 'Change your preferences; fields left out keep their value',
    body: settingsPatchSchema,
    response: { 200: userSettingsSchema },
  },

  // check-ins
  'POST /api/checkins': {
    tags: ['check-ins'],
    summary: 'Answer a check-in: triage it, store it, and return what to do',
    body: checkinBodySchema,
    response: { 201: checkinRecordSchema },
  },
  'GET /api/checkins': {
    tags: ['check-ins'],
    summary: 'Your check-ins, newest first, and whether a new one is due',
    response: { 200: checkinListSchema },
  },
  'GET /api/checkins/:id': {
    tags: ['check-ins'],
    summary: 'One check-in with its full result',
    params: checkinIdParams,
    response: { 200: checkinRecordSchema },
  },

  // runs
  'GET /api/runs': {
    tags: ['runs'],
    summary: 'Your runs, newest first',
    querystring: runListQuery,
    response: { 200: runListSchema },
  },
  'GET /api/runs/:id': {
    tags: ['runs'],
    summary: 'One run with laps and chart series',
    params: runIdParams,
    response: { 200: runDetailSchema },
  },
  'POST /api/runs': {
    tags: ['runs'],
    summary: 'Add a run by hand (treadmill, no watch)',
    body: manualRunBody,
    response: { 201: runSchema },
  },
  'PATCH /api/runs/:id': {
    tags: ['runs'],
    summary: 'Change what the runner adds to a run (surface, shoe, name)',
    params: runIdParams,
    body: runPatchBody,
    response: { 200: runSchema },
  },
  'DELETE /api/runs/:id': {
    tags: ['runs'],
    summary: 'Delete a run',
    params: runIdParams,
    response: { 204: noContent },
  },

  // imports
  'POST /api/imports': {
    tags: ['runs'],
    summary:
      'Upload activity files or an export archive (multipart, field "files"); imports in the background',
    consumes: ['multipart/form-data'],
    response: { 202: importStatusSchema },
  },
  'GET /api/imports': {
    tags: ['runs'],
    summary: 'Your recent imports, newest first (per-file results left out)',
    response: { 200: importListSchema },
  },
  'GET /api/imports/:id': {
    tags: ['runs'],
    summary: 'Progress and per-file results of one import',
    params: importIdParams,
    response: { 200: importStatusSchema },
  },

  // training load
  'GET /api/load/weekly': {
    tags: ['load'],
    summary: 'Weekly running distance, judged by the 10 % rule and for 30 % spikes',
    querystring: weeklyLoadQuerySchema,
    response: { 200: weeklyLoadSchema },
  },
  'GET /api/load/factors': {
    tags: ['load'],
    summary: 'The check-in’s load factors measured from your runs, with the weeks each comes from',
    querystring: loadFactorsQuerySchema,
    response: { 200: loadFactorsSchema },
  },

  // shoes
  'GET /api/shoes': {
    tags: ['shoes'],
    summary: 'Your shoes, oldest first, with distance, runs and whether they are due a check or a new pair',
    response: { 200: shoeListSchema },
  },
  'GET /api/shoes/:id': {
    tags: ['shoes'],
    summary: 'One pair of shoes with its distance and runs',
    params: shoeIdParams,
    response: { 200: shoeSchema },
  },
  'POST /api/shoes': {
    tags: ['shoes'],
    summary: 'Add a pair of shoes; defaultFor makes it the shoe new runs of that sport get',
    body: shoeCreateBody,
    response: { 201: shoeSchema },
  },
  'PATCH /api/shoes/:id': {
    tags: ['shoes'],
    summary: 'Change a pair of shoes; fields left out keep their value',
    params: shoeIdParams,
    body: shoePatchBody,
    response: { 200: shoeSchema },
  },
  'POST /api/shoes/:id/retire': {
    tags: ['shoes'],
    summary: 'Retire a pair (retired: true) or bring it back into use (retired: false)',
    params: shoeIdParams,
    body: shoeRetireBody,
    response: { 200: shoeSchema },
  },

  // home
  'GET /api/dashboard': {
    tags: ['load'],
    summary:
      'Home in one request: this week against its safe target, weekly bars, alerts, shoes, surface, cadence and check-ins',
    querystring: dashboardQuerySchema,
    response: { 200: dashboardSchema },
  },

  // plan
  'POST /api/plans': {
    tags: ['plan'],
    summary:
      'Build a plan from your latest complete check-in and your complete weeks of running; it becomes the current plan',
    body: planCreateBody,
    response: { 201: planRecordSchema },
  },
  'GET /api/plans/current': {
    tags: ['plan'],
    summary: 'The current plan, adapted to what you logged (404 when there is none)',
    querystring: planQuerySchema,
    response: { 200: planRecordSchema },
  },
  'GET /api/plans/:id': {
    tags: ['plan'],
    summary: 'One plan, adapted to what you logged',
    params: planIdParams,
    querystring: planQuerySchema,
    response: { 200: planRecordSchema },
  },
  'POST /api/plans/:id/end': {
    tags: ['plan'],
    summary: 'End a plan; its logs are kept',
    params: planIdParams,
    response: { 200: planRecordSchema },
  },
  'POST /api/plans/:id/logs': {
    tags: ['plan'],
    summary: 'Log pain after a plan item; a second log of the same item replaces the first',
    params: planIdParams,
    body: planLogBody,
    response: { 201: planLogSchema },
  },
  'PATCH /api/plans/:id/logs/:logId': {
    tags: ['plan'],
    summary: 'Add the next-morning pain to a log',
    params: planLogParams,
    body: planLogPatchBody,
    response: { 200: planLogSchema },
  },
  'GET /api/plans/:id/calendar.ics': {
    tags: ['plan'],
    summary: 'The plan as an iCalendar file to download',
    params: planIdParams,
    response: { 200: calendarText },
  },
  'GET /api/calendar-link': {
    tags: ['plan'],
    summary: 'Your private calendar subscription address, if you made one',
    response: { 200: calendarLinkSchema },
  },
  'POST /api/calendar-link': {
    tags: ['plan'],
    summary: 'Make a new private calendar subscription address; the old one stops working',
    response: { 201: calendarLinkSchema },
  },
  'DELETE /api/calendar-link': {
    tags: ['plan'],
    summary: 'Revoke the calendar subscription address',
    response: { 204: noContent },
  },
  'GET /api/calendar/:file': {
    public: true,
    tags: ['plan'],
    summary: 'The current plan as a calendar subscription (the secret address is the key)',
    params: calendarFileParams,
    response: { 200: calendarText },
  },

  // pain diary
  'GET /api/pain': {
    tags: ['pain'],
    summary: 'Your pain diary entries, newest first, optionally between two instants',
    querystring: painListQuery,
    response: { 200: painListSchema },
  },
  'POST /api/pain': {
    tags: ['pain'],
    summary: 'Add a pain diary entry: score, where, when, what eased or worsened it, a note',
    body: painCreateBody,
    response: { 201: painEntrySchema },
  },
  'GET /api/pain/escalation': {
    tags: ['pain'],
    summary: 'Whether your diary calls for seeing a professional, naming the entries behind each reason',
    querystring: painEscalationQuery,
    response: { 200: painEscalationSchema },
  },
  'GET /api/pain/insights': {
    tags: ['pain'],
    summary: 'Your pain set against your own training: average pain with and without each condition',
    querystring: painInsightsQuery,
    response: { 200: painInsightsSchema },
  },
  'GET /api/pain/:id': {
    tags: ['pain'],
    summary: 'One pain diary entry',
    params: painIdParams,
    response: { 200: painEntrySchema },
  },
  'PATCH /api/pain/:id': {
    tags: ['pain'],
    summary: 'Change a pain diary entry; fields left out keep their value',
    params: painIdParams,
    body: painPatchBody,
    response: { 200: painEntrySchema },
  },
  'DELETE /api/pain/:id': {
    tags: ['pain'],
    summary: 'Delete a pain diary entry',
    params: painIdParams,
    response: { 204: noContent },
  },
  // the report for a clinician and its share links
  'GET /api/report': {
    tags: ['report'],
    summary: 'Your report for a clinician, as one printable HTML page',
    querystring: reportQuerySchema,
    response: { 200: reportHtmlText },
  },
  'GET /api/report.pdf': {
    tags: ['report'],
    summary: 'Your report for a clinician, as a PDF',
    querystring: reportQuerySchema,
    response: { 200: reportPdfBytes },
  },
  'GET /api/shares': {
    tags: ['report'],
    summary: 'Your read-only links to the report, newest first',
    response: { 200: shareListSchema },
  },
  'POST /api/shares': {
    tags: ['report'],
    summary: 'Make a read-only link to the report (7 days unless you say)',
    body: shareCreateBody,
    response: { 201: shareLinkSchema },
  },
  'GET /api/shares/:id': {
    tags: ['report'],
    summary: 'One of your read-only links to the report',
    params: shareIdParams,
    response: { 200: shareLinkSchema },
  },
  'DELETE /api/shares/:id': {
    tags: ['report'],
    summary: 'Revoke a link: it stops working at once',
    params: shareIdParams,
    response: { 204: noContent },
  },
  'GET /api/shared/:token': {
    public: true,
    tags: ['report'],
    summary: 'The report behind a share link (the secret address is the key); 404 once expired or revoked',
    params: sharedTokenParams,
    response: { 200: reportHtmlText },
  },
  // your data
  'GET /api/export': {
    tags: ['your data'],
    summary: 'Everything of your account as one zip: JSON for every record and the original activity files',
    response: { 200: exportZip },
  },
  'POST /api/import-account': {
    tags: ['your data'],
    summary:
      'Bring an export (multipart, field "files", one zip) into this account, which must be empty; all or nothing',
    consumes: ['multipart/form-data'],
    response: { 201: accountImportSchema },
  },
  'DELETE /api/me': {
    tags: ['your data'],
    summary: 'Delete your account and all of its data and files, with your password; every session ends',
    body: deleteAccountBody,
    response: { 204: noContent },
  },
  // sessions and password
  'GET /api/sessions': {
    tags: ['auth'],
    summary: 'Your sessions: each device logged in to your account, this one marked current',
    response: { 200: sessionListSchema },
  },
  'GET /api/sessions/:id': {
    tags: ['auth'],
    summary: 'One of your sessions',
    params: sessionIdParams,
    response: { 200: sessionSchema },
  },
  'DELETE /api/sessions/:id': {
    tags: ['auth'],
    summary: 'Log one session out (this one too, if it is this one)',
    params: sessionIdParams,
    response: { 204: noContent },
  },
  'DELETE /api/sessions': {
    tags: ['auth'],
    summary: 'Log out every other session of yours; this one stays (POST /api/auth/logout ends it)',
    response: { 200: sessionsEndedSchema },
  },
  'POST /api/me/password': {
    tags: ['auth'],
    summary: 'Change your password, giving the current one; every other session ends',
    body: passwordChangeBody,
    response: { 200: passwordChangedSchema },
  },
  // form checks
  'POST /api/form-checks': {
    tags: ['form'],
    summary: 'Save the numbers of a form check analysed on your phone (the clip never leaves it)',
    body: formCheckCreateBody,
    response: { 201: formCheckSchema },
  },
  'GET /api/form-checks': {
    tags: ['form'],
    summary: 'Your saved form checks, newest first',
    response: { 200: formCheckListSchema },
  },
  'GET /api/form-checks/:id': {
    tags: ['form'],
    summary: 'One saved form check',
    params: formCheckIdParams,
    response: { 200: formCheckSchema },
  },
  'DELETE /api/form-checks/:id': {
    tags: ['form'],
    summary: 'Delete a saved form check',
    params: formCheckIdParams,
    response: { 204: noContent },
  },
} satisfies Record<RouteKeyPattern, RouteSpec>;

export type ApiRoutes = typeof API_ROUTES;
export type RouteKey = keyof ApiRoutes;
