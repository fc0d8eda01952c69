/**
 * Compile-time checks of the typed client, run by `tsc -p web/tsconfig.json` (never bundled): each
 * `@ts-expect-error` fails the type check if the client stops refusing that mistake.
 */
import { apiCall } from './api';

export async function typedClientChecks(): Promise<void> {
  const run = await apiCall('GET /api/runs/:id', { params: { id: 'r1' } });
  const series: number[] | undefined = run.series?.t;
  // @ts-expect-error a run has no `pace` field in the contract
  void run.pace;
  const saved = await apiCall('PATCH /api/runs/:id', { params: { id: 'r1' }, body: { note: 'easy' } });
  // @ts-expect-error PATCH answers a run without its series (the old `api<RunDetail>` cast hid this)
  void saved.series;
  // @ts-expect-error a route with `:id` needs its params
  await apiCall('GET /api/runs/:id');
  // @ts-expect-error no such route in the contract
  await apiCall('GET /api/runs/:id/laps', { params: { id: 'r1' } });
  // @ts-expect-error the body's surface must be one the contract knows
  await apiCall('PATCH /api/runs/:id', { params: { id: 'r1' }, body: { surface: 'lava' } });
  const gone: undefined = await apiCall('DELETE /api/runs/:id', { params: { id: 'r1' } });
  void [series, gone];
}
