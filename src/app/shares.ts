/**
 * Read-only links to the report (issue 12 item 6): `/api/shared/<token>`, where the token is the key. As
 * with the calendar address, the token is an HMAC of the link's random id under the server's secret, so
 * the runner's list can show each address again, and the database keeps only a hash of it. A link opens the
 * report only, until it expires (default 7 days) or is revoked; then it is `not_found`.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { shareExpiry, shareStatus } from '../core/report/share-status';
import type { ClinicianReport } from '../core/report/report-types';
import { fail, ok, type Result } from '../core/result';
import type { ShareLink } from '../contract/report';
import type { Repositories } from '../store/repositories';
import type { ShareLinkRecord } from '../store/repositories/share-links';
import { reportForRunner, type ReportDeps } from './report';

export interface ShareDeps {
  repos: Pick<Repositories, 'shareLinks'>;
  now: Date;
  /** The server's secret (the session secret): tokens are derived and hashed with it. */
  secret: string;
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

/** The token of a link id: 43 URL-safe characters. @example shareToken('s', 'id').length // 43 */
export const shareToken = (secret: string, linkId: string): string => hmac(secret, `share-link ${linkId}`);

const tokenHash = (secret: string, token: string): string => hmac(secret, `share-token ${token}`);

/** @example shareUrl('https://b.example', 't') // 'https://b.example/api/shared/t' */
export const shareUrl = (origin: string, token: string): string => `${origin}/api/shared/${token}`;

function view(deps: ShareDeps, origin: string, link: ShareLinkRecord): ShareLink {
  return {
    id: link.id,
    label: link.label,
    url: shareUrl(origin, shareToken(deps.secret, link.id)),
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    status: shareStatus(link, deps.now),
  };
}

/**
 * The runner's links, newest first, each with its address and state.
 * @example (await listShares(deps, userId, 'https://b.example'))[0]?.status // 'active'
 */
export async function listShares(deps: ShareDeps, userId: string, origin: string): Promise<ShareLink[]> {
  const links = await deps.repos.shareLinks.list(userId);
  return links.map((l) => view(deps, origin, l));
}

/**
 * A new link to the runner's report for `days` days, the report shown on their own days (`timeZone`).
 * @example await createShare(deps, userId, 'https://b.example', { days: 7, label: 'physio', timeZone: 'UTC' })
 */
export async function createShare(
  deps: ShareDeps,
  userId: string,
  origin: string,
  request: { days: number; label?: string | null | undefined; timeZone: string },
): Promise<ShareLink> {
  const id = randomUUID();
  const link: ShareLinkRecord = {
    id,
    userId,
    tokenHash: tokenHash(deps.secret, shareToken(deps.secret, id)),
    label: request.label ? request.label : null,
    timeZone: request.timeZone,
    createdAt: deps.now.toISOString(),
    expiresAt: shareExpiry(deps.now, request.days),
    revokedAt: null,
  };
  await deps.repos.shareLinks.insert(link);
  return view(deps, origin, link);
}

/** One of the runner's links; another runner's (or none) is `not_found`. */
export async function shareById(
  deps: ShareDeps,
  userId: string,
  origin: string,
  id: string,
): Promise<Result<ShareLink>> {
  const link = await deps.repos.shareLinks.get(userId, id);
  return link ? ok(view(deps, origin, link)) : fail('not_found', 'No share link with this id.');
}

/** Revokes one of the runner's links; another runner's (or none) is `not_found`. */
export async function revokeShare(deps: ShareDeps, userId: string, id: string): Promise<Result<void>> {
  const found = await deps.repos.shareLinks.revoke(userId, id, deps.now.toISOString());
  return found ? ok(undefined) : fail('not_found', 'No share link with this id.');
}

/**
 * The report behind a token, made now; `not_found` for a token never made, revoked or expired (the same
 * answer for each, so a guess learns nothing).
 */
export async function sharedReport(
  deps: ShareDeps & ReportDeps & { repos: Pick<Repositories, 'shareLinks'> & ReportDeps['repos'] },
  token: string,
): Promise<Result<ClinicianReport>> {
  const link = await deps.repos.shareLinks.byTokenHash(tokenHash(deps.secret, token));
  if (!link || shareStatus(link, deps.now) !== 'active')
    return fail('not_found', 'This report link has expired, was revoked or never existed.');
  return ok(await reportForRunner(deps, link.userId, link.timeZone));
}
