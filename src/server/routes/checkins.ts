import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { scoreStartBack, startBackFindings, triageChecked, type Finding } from '../../core/checkin';
import { recheckDue } from '../../core/checkin/recheck-due';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { checkinBodySchema, checkinListSchema, checkinRecordSchema } from './checkin-schemas';

const idParams = z.object({ id: z.string().max(64) });

export function checkinRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/checkins',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Answer a check-in: triage it, store it, and return what to do',
        body: checkinBodySchema,
        response: { 201: checkinRecordSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { startBack, ...input } = request.body;
      let findings: Finding[] = input.findings;
      if (startBack) {
        // The questionnaire's own scores replace any typed-in ones.
        const scored = startBackFindings(scoreStartBack(startBack));
        findings = [...findings.filter((f) => f.code !== 'sbst_total' && f.code !== 'sbst_psych'), ...scored];
      }
      const triaged = triageChecked({ ...input, findings });
      if (!triaged.ok) {
        const missing = (triaged.error.details as { missing?: string[] } | undefined)?.missing ?? [];
        const issues =
          triaged.error.code === 'checkin_incomplete'
            ? missing.map((code) => ({
                path: `body.findings.${code}`,
                message: 'red-flag question not answered',
              }))
            : (
                (triaged.error.details as { issues?: { path: string; message: string }[] } | undefined)
                  ?.issues ?? []
              ).map((i) => ({ path: `body.${i.path}`, message: i.message }));
        throw new AppError(triaged.error.code, triaged.error.message, issues);
      }
      const pain = findings.find((f) => f.code === 'pain_score_0_10')?.value;
      const record = {
        id: randomUUID(),
        createdAt: deps.clock.now().toISOString(),
        age: input.age,
        sex: input.sex,
        complete: input.complete,
        findings,
        result: triaged.value,
        painScore: typeof pain === 'number' ? pain : null,
      };
      await deps.repos.checkins.insert(user.id, record);
      return reply.status(201).send(record);
    },
  );

  r.get(
    '/api/checkins',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'Your check-ins, newest first, and whether a new one is due',
        response: { 200: checkinListSchema },
      },
    },
    async (request) => {
      const items = await deps.repos.checkins.list(currentUser(request).id);
      const last = items[0];
      const recheck = recheckDue({
        last: last ? { at: last.createdAt, painScore: last.painScore } : null,
        painSince: [],
        now: deps.clock.now(),
      });
      return { items, recheck };
    },
  );

  r.get(
    '/api/checkins/:id',
    {
      schema: {
        tags: ['check-ins'],
        summary: 'One check-in with its full result',
        params: idParams,
        response: { 200: checkinRecordSchema },
      },
    },
    async (request) => {
      const found = await deps.repos.checkins.get(currentUser(request).id, request.params.id);
      if (!found) throw new AppError('not_found', 'No check-in with this id.');
      return found;
    },
  );
}
