/**
 * The private calendar address (issue 11 item 6): `/api/calendar/<token>.ics`, where the token is the key.
 * The token is an HMAC of the link's random id under the server's secret, so the server can show the
 * address again, while the database keeps the id and a hash of the token only: a copy of the database alone
 * opens nobody's calendar. A new address replaces the old one; revoking deletes it.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../core/result';
import type { Repositories } from '../store/repositories';
import { planCalendar } from './plan-calendar';
import { type PlanDeps, planView } from './plans';

export interface CalendarLinkDeps {
  repos: Pick<Repositories, 'calendarLinks'>;
  now: Date;
  /** The server's secret (the session secret): tokens are derived and hashed with it. */
  secret: string;
}

export interface CalendarLinkView {
  url: string | null;
  createdAt: string | null;
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

/** The token of a link id: 43 URL-safe characters. @example calendarToken('s', 'id').length // 43 */
export const calendarToken = (secret: string, linkId: string): string =>
  hmac(secret, `calendar-link ${linkId}`);

/** What the database keeps of a token. */
export const calendarTokenHash = (secret: string, token: string): string =>
  hmac(secret, `calendar-token ${token}`);

/** The subscription address for a token at an origin. @example calendarUrl('https://b.example', 't') // 'https://b.example/api/calendar/t.ics' */
export const calendarUrl = (origin: string, token: string): string => `${origin}/api/calendar/${token}.ics`;

/**
 * The runner's calendar address, or nulls when they have none.
 * @example await calendarLink(deps, userId, 'https://back.example.org') // { url: 'https://…/api/calendar/….ics', createdAt }
 */
export async function calendarLink(
  deps: CalendarLinkDeps,
  userId: string,
  origin: string,
): Promise<CalendarLinkView> {
  const link = await deps.repos.calendarLinks.get(userId);
  if (!link) return { url: null, createdAt: null };
  return { url: calendarUrl(origin, calendarToken(deps.secret, link.id)), createdAt: link.createdAt };
}

/** A new calendar address for the runner; the old one, if any, stops working at once. */
export async function newCalendarLink(
  deps: CalendarLinkDeps,
  userId: string,
  origin: string,
): Promise<CalendarLinkView> {
  const id = randomUUID();
  const token = calendarToken(deps.secret, id);
  const createdAt = deps.now.toISOString();
  await deps.repos.calendarLinks.replace({
    userId,
    id,
    tokenHash: calendarTokenHash(deps.secret, token),
    createdAt,
  });
  return { url: calendarUrl(origin, token), createdAt };
}

/** Revokes the runner's calendar address (nothing happens when there is none). */
export async function revokeCalendarLink(deps: CalendarLinkDeps, userId: string): Promise<void> {
  await deps.repos.calendarLinks.delete(userId);
}

/** What a subscription shows while its owner has no current plan: a calendar with no events. */
const NO_PLAN = (now: Date) => ({
  id: 'none',
  plan: { status: 'ok' as const, urgency: 'self_manage' as const, notes: [], weeks: [] },
  createdAt: now.toISOString(),
  stop: null,
  timeZone: 'UTC',
});

/**
 * The calendar behind a subscription file name (`<token>.ics`): the owner's current plan, adapted, or an
 * empty calendar while they have none (a subscribed calendar app keeps working). `not_found` for a token
 * that was revoked, replaced or never made.
 */
export async function subscribedCalendar(
  deps: CalendarLinkDeps & PlanDeps & { repos: Pick<Repositories, 'calendarLinks'> & PlanDeps['repos'] },
  file: string,
): Promise<Result<string>> {
  const token = file.replace(/\.ics$/, '');
  const link = await deps.repos.calendarLinks.byTokenHash(calendarTokenHash(deps.secret, token));
  if (!link) return fail('not_found', 'No calendar at this address: it was revoked or replaced.');
  const stored = await deps.repos.plans.active(link.userId);
  if (!stored) return ok(planCalendar(NO_PLAN(deps.now), { now: deps.now }));
  const view = await planView(deps, link.userId, stored, stored.input.timeZone);
  return ok(planCalendar(view, { now: deps.now }));
}

/** One plan of the runner as an iCalendar file to download; another runner's is `not_found`. */
export async function planCalendarFile(
  deps: PlanDeps,
  userId: string,
  planId: string,
): Promise<Result<{ text: string; fileName: string }>> {
  const stored = await deps.repos.plans.get(userId, planId);
  if (!stored) return fail('not_found', 'No plan with this id.');
  const view = await planView(deps, userId, stored, stored.input.timeZone);
  const first = view.plan.weeks[0]?.weekStart ?? view.createdAt.slice(0, 10);
  return ok({ text: planCalendar(view, { now: deps.now }), fileName: `backstride-plan-${first}.ics` });
}
