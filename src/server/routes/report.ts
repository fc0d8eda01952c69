import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { reportForRunner } from '../../app/report';
import { REPORT_CSP } from '../../app/report-css';
import { reportHtml } from '../../app/report-html';
import { reportPdf } from '../../app/report-pdf';
import { createShare, listShares, revokeShare, shareById, sharedReport } from '../../app/shares';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

/** What a clinician sees at a link that no longer works: a page, not JSON. */
const GONE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report link not available</title>' +
  '<meta name="robots" content="noindex, nofollow"></head><body><h1>This report link is not available</h1>' +
  '<p>It has expired or was revoked. Ask the runner for a new link.</p></body></html>';

/** An HTML report: its own policy (the page's inline stylesheet by hash, nothing else), never cached. */
const sendHtml = (reply: FastifyReply, html: string, status = 200) =>
  reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', REPORT_CSP)
    .send(html);

/**
 * The report for a clinician (HTML and PDF), the runner's share links, and the public report behind a
 * link, where the secret address is the key.
 */
export function reportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = () => ({ repos: deps.repos, now: deps.clock.now(), secret: deps.config.sessionSecret });
  const origin = (request: FastifyRequest) =>
    deps.config.publicUrl ?? `${request.protocol}://${request.host}`;

  r.route({
    ...fromContract('GET /api/report'),
    handler: async (request, reply) => {
      const report = await reportForRunner(ctx(), currentUser(request).id, request.query.timeZone);
      return sendHtml(reply, reportHtml(report));
    },
  });

  r.route({
    ...fromContract('GET /api/report.pdf'),
    handler: async (request, reply) => {
      const report = await reportForRunner(ctx(), currentUser(request).id, request.query.timeZone);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="backstride-report-${report.today}.pdf"`)
        .send(await reportPdf(report));
    },
  });

  r.route({
    ...fromContract('GET /api/shares'),
    handler: async (request) => ({
      items: await listShares(ctx(), currentUser(request).id, origin(request)),
    }),
  });

  r.route({
    ...fromContract('POST /api/shares'),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createShare(ctx(), currentUser(request).id, origin(request), request.body)),
  });

  r.route({
    ...fromContract('GET /api/shares/:id'),
    handler: async (request) => {
      const found = await shareById(ctx(), currentUser(request).id, origin(request), request.params.id);
      if (!found.ok) throw AppError.from(found.error);
      return found.value;
    },
  });

  r.route({
    ...fromContract('DELETE /api/shares/:id'),
    handler: async (request, reply) => {
      const done = await revokeShare(ctx(), currentUser(request).id, request.params.id);
      if (!done.ok) throw AppError.from(done.error);
      return reply.status(204).send();
    },
  });

  r.route({
    ...fromContract('GET /api/shared/:token'),
    handler: async (request, reply) => {
      const found = await sharedReport(ctx(), request.params.token);
      // Nothing of the account goes to whoever holds the link but the report, and nothing leaves by referrer.
      reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex, nofollow');
      if (!found.ok) return sendHtml(reply, GONE_PAGE, 404);
      return sendHtml(reply, reportHtml(found.value, { shared: true }));
    },
  });
}
