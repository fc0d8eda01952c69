/**
 * Seeds the runners of `npm run bench:load` through the app layer: each an account, two pairs of shoes, a
 * year of runs (five a week, each with a one-second series as a watch records it) and a few check-ins a
 * month apart. A runner already there (a named database seeded by an earlier run) is kept as it is.
 */
import { registerAccount } from '../src/app/accounts';
import { checkIn } from '../src/app/check-in';
import { createShoe } from '../src/app/shoes';
import { emptySeries, type ActivitySeries } from '../src/core/activity/activity';
import type { Run } from '../src/core/runs/run';
import { openStore } from '../src/store/database';
import { migrateToLatest } from '../src/store/migrate';
import { createRepositories } from '../src/store/repositories';
import { encodeSeries } from '../src/store/series-codec';
import { completeFindings } from '../test/support/checkin-builders';
import { syntheticHistory } from './api-history';

export const RUNS_PER_RUNNER = 260;

export interface SeededRunner {
  email: string;
  password: string;
  runIds: string[];
}

export const runnerEmail = (i: number) => `load-runner-${i + 1}@example.com`;
const PASSWORD = 'a year of easy miles';

/** A watch's one-second series for a run: position heading north-east, pace, heart rate, cadence. */
function seriesOf(run: Run): ActivitySeries {
  const n = Math.max(2, run.elapsedS);
  const speed = run.distanceM / n;
  const out = emptySeries(n);
  for (let i = 0; i < n; i++) {
    const wobble = Math.sin(i / 37);
    out.t[i] = i;
    out.distanceM[i] = speed * i;
    out.lat[i] = run.indoor ? NaN : 48.85 + (speed * i) / 157_000;
    out.lon[i] = run.indoor ? NaN : 2.35 + (speed * i) / 103_000;
    out.speedMps[i] = speed * (1 + wobble * 0.05);
    out.heartRate[i] = Math.min(185, 120 + i / 60 + wobble * 4);
    out.cadenceSpm[i] = (run.avgCadenceSpm ?? 166) + Math.round(wobble * 3);
    out.altitudeM[i] = run.indoor ? NaN : 35 + wobble * 6;
  }
  return out;
}

/** Makes `count` runners (or finds them) in the database at `target`; returns their logins and run ids. */
export async function seedRunners(target: string, count: number, now = new Date()): Promise<SeededRunner[]> {
  const store = openStore(target);
  try {
    await migrateToLatest(store);
    const repos = createRepositories(store.db);
    const runners: SeededRunner[] = [];
    for (let i = 0; i < count; i++) {
      const email = runnerEmail(i);
      const existing = await repos.users.findByEmail(email);
      const userId = existing?.id ?? (await createRunner(repos, email, now));
      const page = await repos.runs.list(userId, { onFootOnly: true, limit: 1000, offset: 0 });
      runners.push({ email, password: PASSWORD, runIds: page.items.map((r) => r.id) });
    }
    return runners;
  } finally {
    await store.close();
  }
}

async function createRunner(repos: ReturnType<typeof createRepositories>, email: string, now: Date) {
  const account = await registerAccount(repos, { email, password: PASSWORD }, now);
  if (!account.ok) throw new Error(`${email}: ${account.error.message}`);
  const userId = account.value.id;
  const shoes = [];
  for (const [brand, model] of [
    ['Pegasus', '40'],
    ['Novablast', '4'],
  ] as const) {
    shoes.push((await createShoe({ repos, now }, userId, { brand, model, startKm: 0 })).id);
  }
  // Ids are per runner: api-history numbers its runs from zero.
  const runs = syntheticHistory(now, shoes, RUNS_PER_RUNNER, 1).map((run, k) => ({
    ...run,
    id: crypto.randomUUID(),
    name: `${run.name} ${k + 1}`,
  }));
  for (let k = 0; k < runs.length; k += 50) {
    await repos.runs.insertMany(
      userId,
      runs.slice(k, k + 50).map((run) => ({ run, series: encodeSeries(seriesOf(run)) })),
    );
  }
  for (let month = 3; month >= 0; month--) {
    const at = new Date(now.getTime() - month * 30 * 86_400_000);
    const done = await checkIn({ repos, now: at }, userId, {
      age: 41,
      sex: 'F',
      findings: completeFindings(41, 'F'),
    });
    if (!done.ok) throw new Error(`${email}: check-in: ${done.error.message}`);
  }
  return userId;
}
