import { randomUUID } from 'node:crypto';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { manualRun } from '../../core/runs/run';
import { downsampleSeries } from '../../core/activity/downsample';
import { decodeSeries } from '../../store/series-codec';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import { startsInFuture } from '../../core/runs/manual-run-limits';
import { fromContract } from './contract-route';
import { withSuggestions } from '../../app/sport-suggestions';

const CHART_POINTS = 1000;

export function runRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const notFound = () => new AppError('not_found', 'No run with this id.');

  r.route({
    ...fromContract('GET /api/runs'),
    handler: async (request) => {
      const userId = currentUser(request).id;
      const { sport, limit, offset } = request.query;
      const [{ items, total }, shoes, unclassified] = await Promise.all([
        deps.repos.runs.list(userId, {
          onFootOnly: sport === 'running',
          unclassifiedOnly: sport === 'unclassified',
          limit,
          offset,
        }),
        deps.repos.runs.shoeNames(userId),
        deps.repos.runs.countUnclassified(userId),
      ]);
      // The contract's response schema leaves out what is internal (the file's hash).
      return { items: await withSuggestions(deps, userId, items), total, shoes, unclassified };
    },
  });

  r.route({
    ...fromContract('GET /api/runs/:id'),
    handler: async (request) => {
      const found = await deps.repos.runs.get(currentUser(request).id, request.params.id);
      if (!found) throw notFound();
      const { run, series } = found;
      return { ...run, series: series ? downsampleSeries(decodeSeries(series), CHART_POINTS) : null };
    },
  });

  r.route({
    ...fromContract('POST /api/runs'),
    handler: async (request, reply) => {
      const now = deps.clock.now();
      const startTime = new Date(request.body.startTime);
      if (startsInFuture(startTime.getTime(), now)) {
        const message = 'startTime is in the future; give the day you ran';
        throw new AppError('validation_failed', message, [{ path: 'body.startTime', message }]);
      }
      const run = manualRun(
        { ...request.body, startTime: startTime.toISOString() },
        { id: randomUUID(), createdAt: now.toISOString() },
      );
      await deps.repos.runs.insertMany(currentUser(request).id, [{ run, series: null }]);
      return reply.status(201).send(run);
    },
  });

  r.route({
    ...fromContract('PATCH /api/runs/:id'),
    handler: async (request) => {
      const userId = currentUser(request).id;
      if (!(await deps.repos.runs.update(userId, request.params.id, request.body))) throw notFound();
      const found = await deps.repos.runs.get(userId, request.params.id);
      if (!found) throw notFound();
      return found.run;
    },
  });

  r.route({
    ...fromContract('DELETE /api/runs/:id'),
    handler: async (request, reply) => {
      if (!(await deps.repos.runs.delete(currentUser(request).id, request.params.id))) throw notFound();
      return reply.status(204).send();
    },
  });
}
