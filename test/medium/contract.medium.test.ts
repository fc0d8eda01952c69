import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import { multipart } from '../support/multipart';
import { gpxRun } from '../support/importers/synthetic';
import type { Mailer } from '../../src/app/accounts';
import { API_ROUTES, type ApiRoutes, type RouteKey } from '../../src/contract/routes';
import { fillPath, splitRouteKey, type RouteInput } from '../../src/contract/route-spec';
import { errorBodySchema } from '../../src/contract/errors';
import type { PlanRecord } from '../../src/contract/plans';
import { aFormCheck } from '../support/form-checks';

/**
 * Every route of the contract, called on the real server, answers a status the contract lists with a
 * body its schema reads, and nothing more: `schema.parse(body)` drops keys the contract does not know,
 * so comparing it with the body catches an internal field that leaks (a file hash, a password hash).
 */

interface Ctx {
  t: TestApp;
  cookie: string;
  email: string;
  runId: string;
  checkinId: string;
  importId: string;
  shoeId: string;
  /** The main runner's current plan (started on a past Monday, so its first days can be logged). */
  planId: string;
  planLogId: string;
  /** A log the main runner may send: the first loggable item of the plan's first day. */
  planLog: { date: string; kind: string };
  /** A reset token for a second account, so confirming it ends none of the main account's sessions. */
  resetToken: () => Promise<string>;
}

interface Call<K extends RouteKey> {
  input: RouteInput<ApiRoutes[K]>;
  /** The session cookie; the main runner's unless given (null: none). */
  cookie?: string | null;
  /** A multipart body instead of JSON. */
  form?: ReturnType<typeof multipart>;
}

const gpx = (start: string) => new TextEncoder().encode(gpxRun(start, 30));
const PASSWORD = 'a long enough secret';

/** How to call each route so that it succeeds. A route added to the contract needs an entry here. */
const CALLS: { [K in RouteKey]: (c: Ctx) => Promise<Call<K>> | Call<K> } = {
  'GET /api/health': () => ({ input: {} }),
  'GET /api/openapi.json': () => ({ input: {} }),
  'POST /api/auth/register': () => ({
    input: { body: { email: `new-${randomUUID()}@example.com`, password: PASSWORD } },
    cookie: null,
  }),
  'POST /api/auth/login': (c) => ({ input: { body: { email: c.email, password: PASSWORD } }, cookie: null }),
  'POST /api/auth/logout': async (c) => ({ input: {}, cookie: (await c.t.register()).cookie }),
  'GET /api/me': () => ({ input: {} }),
  'GET /api/auth/options': () => ({ input: {}, cookie: null }),
  'POST /api/auth/password-reset': () => ({ input: { body: { email: 'nobody@example.com' } }, cookie: null }),
  'POST /api/auth/password-reset/confirm': async (c) => ({
    input: { body: { token: await c.resetToken(), password: 'another long secret' } },
    cookie: null,
  }),
  'GET /api/settings': () => ({ input: {} }),
  'PUT /api/settings': () => ({ input: { body: { units: 'mi', country: 'gb' } } }),
  'POST /api/checkins': () => ({ input: { body: mechanicalCheckin({ painScore: 4 }) } }),
  'GET /api/checkins': () => ({ input: {} }),
  'GET /api/checkins/:id': (c) => ({ input: { params: { id: c.checkinId } } }),
  'GET /api/runs': () => ({ input: { query: { sport: 'all', limit: 10, offset: 0 } } }),
  'GET /api/runs/:id': (c) => ({ input: { params: { id: c.runId } } }),
  'POST /api/runs': (c) => ({
    input: {
      body: {
        startTime: '2026-11-20T07:00:00Z',
        distanceM: 5000,
        elapsedS: 1700,
        indoor: true,
        shoeId: c.shoeId,
      },
    },
  }),
  'PATCH /api/runs/:id': (c) => ({
    input: {
      params: { id: c.runId },
      body: {
        surface: 'trail',
        name: 'Hill loop',
        note: 'Back felt fine after the climb',
        shoeId: c.shoeId,
      },
    },
  }),
  'DELETE /api/runs/:id': async (c) => {
    const extra = await send(c, 'POST /api/runs', {
      input: { body: { startTime: '2026-11-10T07:00:00Z', distanceM: 3000, elapsedS: 1100, indoor: false } },
    });
    return { input: { params: { id: (extra.json() as { id: string }).id } } };
  },
  'POST /api/imports': () => ({
    input: {},
    form: multipart([{ name: 'morning.gpx', data: gpx('2026-11-19T07:00:00Z') }]),
  }),
  'GET /api/imports': () => ({ input: {} }),
  'GET /api/imports/:id': (c) => ({ input: { params: { id: c.importId } } }),
  'GET /api/load/weekly': () => ({ input: { query: { weeks: 8, timeZone: 'Europe/London' } } }),
  'GET /api/load/factors': () => ({ input: { query: { timeZone: 'Europe/London' } } }),
  'GET /api/shoes': () => ({ input: {} }),
  'GET /api/shoes/:id': (c) => ({ input: { params: { id: c.shoeId } } }),
  'POST /api/shoes': () => ({
    input: { body: { brand: 'Saucony', model: 'Ride 17', startKm: 40, defaultFor: 'running' } },
  }),
  'PATCH /api/shoes/:id': (c) => ({
    input: { params: { id: c.shoeId }, body: { nickname: 'Blue pair', retireKm: 700 } },
  }),
  'POST /api/shoes/:id/retire': async (c) => {
    const spare = await send(c, 'POST /api/shoes', { input: { body: { brand: 'Spare' } } });
    return { input: { params: { id: (spare.json() as { id: string }).id }, body: { retired: true } } };
  },
  'GET /api/dashboard': () => ({ input: { query: { weeks: 52, timeZone: 'Europe/London' } } }),
  // A second runner builds and ends plans, so the main runner's plan stays current for the calls after.
  'POST /api/plans': async (c) => ({
    input: { body: { runsPerWeek: 3, weeks: 4, timeZone: 'Europe/London', availableDays: ['tue', 'sat'] } },
    cookie: (await checkedInRunner(c)).cookie,
  }),
  'GET /api/plans/current': () => ({ input: { query: { timeZone: 'Europe/London' } } }),
  'GET /api/plans/:id': (c) => ({
    input: { params: { id: c.planId }, query: { timeZone: 'Europe/London' } },
  }),
  'POST /api/plans/:id/end': async (c) => {
    const runner = await checkedInRunner(c);
    const built = await send(c, 'POST /api/plans', {
      input: { body: { runsPerWeek: 2, timeZone: 'UTC' } },
      cookie: runner.cookie,
    });
    return { input: { params: { id: (built.json() as { id: string }).id } }, cookie: runner.cookie };
  },
  'POST /api/plans/:id/logs': (c) => ({
    input: {
      params: { id: c.planId },
      body: { ...c.planLog, itemIndex: 0, painDuring: 2, newRedFlag: false } as never,
    },
  }),
  'PATCH /api/plans/:id/logs/:logId': (c) => ({
    input: { params: { id: c.planId, logId: c.planLogId }, body: { painNextMorning: 1 } },
  }),
  'GET /api/plans/:id/calendar.ics': (c) => ({ input: { params: { id: c.planId } } }),
  'GET /api/calendar-link': () => ({ input: {} }),
  'POST /api/calendar-link': () => ({ input: {} }),
  'DELETE /api/calendar-link': () => ({ input: {} }),
  'GET /api/calendar/:file': async (c) => {
    const made = await send(c, 'POST /api/calendar-link', { input: {} });
    const url = (made.json() as { url: string }).url;
    return { input: { params: { file: url.split('/').at(-1)! } }, cookie: null };
  },
  'GET /api/pain': () => ({ input: { query: { from: '2026-11-01T00:00:00Z' } } }),
  'POST /api/pain': () => ({
    input: { body: { score: 4, areas: ['low_back_left', 'buttock_left'], when: 'after_run', note: 'stiff' } },
  }),
  'GET /api/pain/escalation': () => ({ input: { query: { timeZone: 'Europe/London' } } }),
  'GET /api/pain/insights': () => ({ input: { query: { timeZone: 'Europe/London', weeks: 8 } } }),
  'GET /api/pain/:id': async (c) => ({ input: { params: { id: await painEntry(c) } } }),
  'PATCH /api/pain/:id': async (c) => ({
    input: { params: { id: await painEntry(c) }, body: { score: 2, easedBy: ['moving'] } },
  }),
  'DELETE /api/pain/:id': async (c) => ({ input: { params: { id: await painEntry(c) } } }),
  'GET /api/report': () => ({ input: { query: { timeZone: 'Europe/Paris' } } }),
  'GET /api/report.pdf': () => ({ input: { query: { timeZone: 'Europe/Paris' } } }),
  'GET /api/shares': () => ({ input: {} }),
  'POST /api/shares': () => ({ input: { body: { label: 'physio', timeZone: 'UTC' } } }),
  'GET /api/shares/:id': async (c) => {
    const made = await send(c, 'POST /api/shares', { input: { body: { timeZone: 'UTC' } } });
    return { input: { params: { id: (made.json() as { id: string }).id } } };
  },
  'DELETE /api/shares/:id': async (c) => {
    const made = await send(c, 'POST /api/shares', { input: { body: { timeZone: 'UTC' } } });
    return { input: { params: { id: (made.json() as { id: string }).id } } };
  },
  'GET /api/shared/:token': async (c) => {
    const made = await send(c, 'POST /api/shares', { input: { body: { timeZone: 'UTC' } } });
    const url = (made.json() as { url: string }).url;
    return { input: { params: { token: url.split('/').at(-1)! } }, cookie: null };
  },
  'GET /api/export': () => ({ input: {} }),
  'POST /api/import-account': async (c) => {
    const exported = await send(c, 'GET /api/export', { input: {} });
    const fresh = await c.t.register(undefined, PASSWORD);
    return {
      input: {},
      cookie: fresh.cookie,
      form: multipart([{ name: 'export.zip', data: new Uint8Array(exported.rawPayload) }]),
    };
  },
  'DELETE /api/me': async (c) => ({
    input: { body: { password: PASSWORD } },
    cookie: (await c.t.register(undefined, PASSWORD)).cookie,
  }),
  'GET /api/sessions': () => ({ input: {} }),
  'GET /api/sessions/:id': async (c) => ({ input: { params: { id: await otherSessionId(c) } } }),
  'DELETE /api/sessions/:id': async (c) => ({ input: { params: { id: await otherSessionId(c) } } }),
  'DELETE /api/sessions': () => ({ input: {} }),
  'POST /api/me/password': async (c) => ({
    input: { body: { currentPassword: PASSWORD, newPassword: 'a brand new secret' } },
    cookie: (await c.t.register(undefined, PASSWORD)).cookie,
  }),
  'POST /api/form-checks': () => ({
    input: { body: aFormCheck({ recordedOn: '2026-11-25', note: 'Treadmill' }) },
  }),
  'GET /api/form-checks': () => ({ input: {} }),
  'GET /api/form-checks/:id': async (c) => ({ input: { params: { id: await formCheck(c) } } }),
  'DELETE /api/form-checks/:id': async (c) => ({ input: { params: { id: await formCheck(c) } } }),
};

/** A new saved form check of the main runner, by id. */
async function formCheck(c: Ctx): Promise<string> {
  const res = await send(c, 'POST /api/form-checks', { input: { body: aFormCheck() } });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

/** The id of a second session of the main runner, made by logging in again. */
async function otherSessionId(c: Ctx): Promise<string> {
  await send(c, 'POST /api/auth/login', {
    input: { body: { email: c.email, password: PASSWORD } },
    cookie: null,
  });
  const list = await send(c, 'GET /api/sessions', { input: {} });
  const other = (list.json() as { sessions: { id: string; current: boolean }[] }).sessions.find(
    (s) => !s.current,
  );
  if (!other) throw new Error('no second session');
  return other.id;
}

/** A new pain diary entry of the main runner, by id. */
async function painEntry(c: Ctx): Promise<string> {
  const res = await send(c, 'POST /api/pain', { input: { body: { score: 3, when: 'at_rest' } } });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

/** A new runner with a complete check-in, ready to build a plan. */
async function checkedInRunner(c: Ctx) {
  const runner = await c.t.register();
  const res = await send(c, 'POST /api/checkins', {
    input: { body: mechanicalCheckin() },
    cookie: runner.cookie,
  });
  expect(res.statusCode).toBe(201);
  return runner;
}

async function send<K extends RouteKey>(c: Ctx, key: K, call: Call<K>) {
  const { method, url } = splitRouteKey(key);
  const { params, query, body } = call.input as { params?: object; query?: object; body?: unknown };
  const cookie = call.cookie === undefined ? c.cookie : call.cookie;
  return c.t.app.inject({
    method,
    url: fillPath(url, params),
    query: Object.fromEntries(Object.entries(query ?? {}).map(([k, v]) => [k, String(v)])),
    headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}), ...call.form?.headers },
    ...(call.form ? { payload: call.form.payload } : body === undefined ? {} : { payload: body as object }),
  });
}

/** The body read by the contract's schema for its status, and the same body as sent. */
function readBody(schema: z.ZodType, statusCode: number, text: string, contentType: string) {
  const sent: unknown =
    statusCode === 204
      ? undefined
      : /^(text\/calendar|text\/html|application\/pdf|application\/zip)/.test(contentType)
        ? text
        : JSON.parse(text);
  return { sent, read: schema.parse(sent) };
}

function fakeMailer(): Mailer & { sent: string[] } {
  const sent: string[] = [];
  return { sent, send: async (m) => void sent.push(m.text) };
}

for (const dialect of DIALECTS) {
  describe(`every route answers as the contract says [${dialect}]`, () => {
    const mailer = fakeMailer();
    let c: Ctx;
    beforeAll(async () => {
      const t = await createTestApp(dialect, {
        config: {
          publicUrl: 'https://back.example.org',
          mail: {
            smtp: { host: 'mail.invalid', port: 587, secure: false, auth: null },
            from: 'b <b@example.org>',
          },
        },
        mailer,
      });
      const me = await t.register('contract@example.com', PASSWORD);
      const resetEmail = 'reset@example.com';
      await t.register(resetEmail, PASSWORD);
      c = {
        t,
        cookie: me.cookie,
        email: me.email,
        runId: '',
        checkinId: '',
        importId: '',
        shoeId: '',
        planId: '',
        planLogId: '',
        planLog: { date: '', kind: '' },
        resetToken: async () => {
          const asked = await send(c, 'POST /api/auth/password-reset', {
            input: { body: { email: resetEmail } },
          });
          expect(asked.statusCode).toBe(202);
          await t.app.backgroundTasks.idle();
          const token = /#token=([A-Za-z0-9_-]+)/.exec(mailer.sent.at(-1) ?? '')?.[1];
          if (!token) throw new Error('no reset link was sent');
          return token;
        },
      };
      const upload = await send(c, 'POST /api/imports', {
        input: {},
        form: multipart([{ name: 'seed.gpx', data: gpx('2026-11-18T07:00:00Z') }]),
      });
      expect(upload.statusCode).toBe(202);
      await t.app.importJobs.idle();
      c.importId = (upload.json() as { id: string }).id;
      const runs = await send(c, 'GET /api/runs', { input: {} });
      c.runId = (runs.json() as { items: { id: string }[] }).items[0]!.id;
      const shoe = await send(c, 'POST /api/shoes', { input: { body: { brand: 'Nike', model: 'Pegasus' } } });
      c.shoeId = (shoe.json() as { id: string }).id;
      const checkin = await send(c, 'POST /api/checkins', { input: { body: mechanicalCheckin() } });
      c.checkinId = (checkin.json() as { id: string }).id;
      const plan = await send(c, 'POST /api/plans', {
        input: { body: { runsPerWeek: 3, startDate: '2026-11-23', timeZone: 'Europe/London' } },
      });
      expect(plan.statusCode, plan.body).toBe(201);
      const built = plan.json() as PlanRecord;
      c.planId = built.id;
      // The first item that can be logged on a day up to the test clock's today (Thursday 26 November).
      const [date, item] = built.plan.weeks[0]!.days.filter((d) => d.date <= '2026-11-26')
        .flatMap((d) => d.items.map((i) => [d.date, i] as const))
        .find(([, i]) => i.kind !== 'rest' && i.kind !== 'task')!;
      c.planLog = { date, kind: item.kind };
      const log = await send(c, 'POST /api/plans/:id/logs', {
        input: {
          params: { id: c.planId },
          body: { ...c.planLog, painDuring: 3, newRedFlag: false } as never,
        },
      });
      expect(log.statusCode, log.body).toBe(201);
      c.planLogId = (log.json() as { id: string }).id;
    });
    afterAll(async () => c?.t.close());

    it('registers exactly the routes of the contract, each open or closed as it says', () => {
      const registered = c.t.app.routeTable
        .filter((r) => r.url.startsWith('/api/'))
        .map((r) => `${r.method} ${r.url}${r.public ? ' (public)' : ''}`)
        .sort();
      const contract = Object.entries(API_ROUTES)
        .map(([key, spec]) => `${key}${'public' in spec && spec.public ? ' (public)' : ''}`)
        .sort();
      expect(registered).toEqual(contract);
    });

    it('describes every route of the contract in the OpenAPI document, with its statuses and the error body', async () => {
      const doc = (await c.t.app.inject({ url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      for (const [key, spec] of Object.entries(API_ROUTES)) {
        if ('hide' in spec && spec.hide) continue;
        const { method, url } = splitRouteKey(key as RouteKey);
        const described = doc.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
        expect(Object.keys(described?.responses ?? {}).sort(), key).toEqual(
          [...Object.keys(spec.response), '4XX', '5XX'].sort(),
        );
      }
    });

    for (const key of Object.keys(CALLS) as RouteKey[]) {
      it(`${key} answers a status and body from the contract`, async () => {
        const res = await send(c, key, await CALLS[key](c));
        const responses: Partial<Record<number, z.ZodType>> = API_ROUTES[key].response;
        const schema = responses[res.statusCode];
        expect(schema, `${key} answered ${res.statusCode}: ${res.body.slice(0, 300)}`).toBeDefined();
        const { sent, read } = readBody(
          schema!,
          res.statusCode,
          res.body,
          String(res.headers['content-type'] ?? ''),
        );
        expect(read).toEqual(sent);
        if (res.statusCode === 204) expect(res.body).toBe('');
      });
    }

    it('shows a run with its chart series and laps, the runner’s note, and no internal field', async () => {
      const res = await send(c, 'GET /api/runs/:id', { input: { params: { id: c.runId } } });
      expect(res.json()).toMatchObject({ note: 'Back felt fine after the climb', surface: 'trail' });
      const run = res.json() as Record<string, unknown> & { series: { t: number[] } | null };
      expect(run.series?.t.length).toBeGreaterThan(0);
      expect(run).not.toHaveProperty('contentHash');
      expect(run).not.toHaveProperty('user_id');
    });

    it('answers failures with the contract error body', async () => {
      const failures = [
        await send(c, 'GET /api/runs/:id', { input: { params: { id: randomUUID() } } }),
        await send(c, 'GET /api/me', { input: {}, cookie: null }),
        await send(c, 'POST /api/runs', {
          input: { body: { startTime: 'soon', distanceM: -1, elapsedS: 0, indoor: true } },
        }),
        await send(c, 'GET /api/runs', { input: { query: { limit: 0 } } }),
        await c.t.app.inject({ method: 'GET', url: '/api/no-such-route' }),
      ];
      expect(failures.map((f) => f.statusCode)).toEqual([404, 401, 400, 400, 404]);
      for (const f of failures) {
        const body: unknown = f.json();
        expect(errorBodySchema.parse(body), f.body).toEqual(body);
      }
      expect((failures[2]!.json() as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    });
  });
}
