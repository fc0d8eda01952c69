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
import { checkShoeOwner, listShoes, shoeForNewRun, withShoeNames } from '../../app/shoes';

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
        listShoes(deps, userId),
        deps.repos.runs.countUnclassified(userId),
      ]);
      // The contract's response schema leaves out what is internal (the file's hash).
      return {
        items: await withSuggestions(deps, userId, await withShoeNames(deps, userId, items)),
        total,
        shoes: shoes.filter((s) => s.retiredAt === null).map((s) => s.name),
        unclassified,
      };
    },
  });

  r.route({
    ...fromContract('GET /api/runs/:id'),
    handler: async (request) => {
      const userId = currentUser(request).id;
      const found = await deps.repos.runs.get(userId, request.params.id);
      if (!found) throw notFound();
      const [run] = await withShoeNames(deps, userId, [found.run]);
      const { series } = found;
      return { ...run!, series: series ? downsampleSeries(decodeSeries(series), CHART_POINTS) : null };
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
      const userId = currentUser(request).id;
      const { shoeId, ...body } = request.body;
      const typed = manualRun(
        { ...body, startTime: startTime.toISOString() },
        { id: randomUUID(), createdAt: now.toISOString() },
      );
      const shoe = await shoeForNewRun(deps, userId, typed, shoeId);
      if (!shoe.ok) throw AppError.from(shoe.error);
      const run = { ...typed, shoeId: shoe.value };
      await deps.repos.runs.insertMany(userId, [{ run, series: null }]);
      const [named] = await withShoeNames(deps, userId, [run]);
      return reply.status(201).send(named!);
    },
  });

  r.route({
    ...fromContract('PATCH /api/runs/:id'),
    handler: async (request) => {
      const userId = currentUser(request).id;
      const owned = await checkShoeOwner(deps, userId, request.body.shoeId);
      if (!owned.ok) throw AppError.from(owned.error);
      if (!(await deps.repos.runs.update(userId, request.params.id, request.body))) throw notFound();
      const found = await deps.repos.runs.get(userId, request.params.id);
      if (!found) throw notFound();
      return (await withShoeNames(deps, userId, [found.run]))[0]!;
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
