import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { manualRun, type Run } from '../../core/runs/run';
import { downsampleSeries } from '../../core/activity/downsample';
import { decodeSeries } from '../../store/series-codec';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';
import {
  manualRunBody,
  runDetailSchema,
  runListQuery,
  runListSchema,
  runPatchBody,
  runSchema,
} from './run-schemas';
import { idText } from '../../core/validation/input-rules';
import { startsInFuture } from '../../core/runs/manual-run-limits';

const idParams = z.object({ id: idText });
const CHART_POINTS = 1000;

/** The public shape of a run: what the list shows (no hash, no laps). */
export const runView = (r: Run) => ({
  id: r.id,
  startTime: r.startTime,
  utcOffsetS: r.utcOffsetS,
  sport: r.sport,
  subSport: r.subSport,
  indoor: r.indoor,
  name: r.name,
  distanceM: r.distanceM,
  elapsedS: r.elapsedS,
  timerS: r.timerS,
  avgHeartRate: r.avgHeartRate,
  avgCadenceSpm: r.avgCadenceSpm,
  ascentM: r.ascentM,
  surface: r.surface,
  shoe: r.shoe,
  source: r.source,
  format: r.format,
  device: r.device,
  recovered: r.recovered,
  createdAt: r.createdAt,
});

export function runRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const notFound = () => new AppError('not_found', 'No run with this id.');

  r.get(
    '/api/runs',
    {
      schema: {
        tags: ['runs'],
        summary: 'Your runs, newest first',
        querystring: runListQuery,
        response: { 200: runListSchema },
      },
    },
    async (request) => {
      const userId = currentUser(request).id;
      const { sport, limit, offset } = request.query;
      const [{ items, total }, shoes] = await Promise.all([
        deps.repos.runs.list(userId, { onFootOnly: sport === 'running', limit, offset }),
        deps.repos.runs.shoeNames(userId),
      ]);
      return { items: items.map(runView), total, shoes };
    },
  );

  r.get(
    '/api/runs/:id',
    {
      schema: {
        tags: ['runs'],
        summary: 'One run with laps and chart series',
        params: idParams,
        response: { 200: runDetailSchema },
      },
    },
    async (request) => {
      const found = await deps.repos.runs.get(currentUser(request).id, request.params.id);
      if (!found) throw notFound();
      const { run, series } = found;
      return {
        ...runView(run),
        gpsDistanceM: run.gpsDistanceM,
        avgStepLengthMm: run.avgStepLengthMm,
        avgVerticalOscillationMm: run.avgVerticalOscillationMm,
        avgGroundContactMs: run.avgGroundContactMs,
        laps: run.laps,
        series: series ? downsampleSeries(decodeSeries(series), CHART_POINTS) : null,
      };
    },
  );

  r.post(
    '/api/runs',
    {
      schema: {
        tags: ['runs'],
        summary: 'Add a run by hand (treadmill, no watch)',
        body: manualRunBody,
        response: { 201: runSchema },
      },
    },
    async (request, reply) => {
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
      return reply.status(201).send(runView(run));
    },
  );

  r.patch(
    '/api/runs/:id',
    {
      schema: {
        tags: ['runs'],
        summary: 'Change the surface, shoe or name of a run',
        params: idParams,
        body: runPatchBody,
        response: { 200: runSchema },
      },
    },
    async (request) => {
      const userId = currentUser(request).id;
      if (!(await deps.repos.runs.update(userId, request.params.id, request.body))) throw notFound();
      const found = await deps.repos.runs.get(userId, request.params.id);
      if (!found) throw notFound();
      return runView(found.run);
    },
  );

  r.delete(
    '/api/runs/:id',
    { schema: { tags: ['runs'], summary: 'Delete a run', params: idParams } },
    async (request, reply) => {
      if (!(await deps.repos.runs.delete(currentUser(request).id, request.params.id))) throw notFound();
      return reply.status(204).send();
    },
  );
}
