/**
 * The request mix of `npm run bench:load`, as one logged-in runner's connection sends it: mostly reading
 * (Home, the runs list, a run's page with its charts, check-in history, import progress), now and then a
 * check-in and a small import (one GPX file of a new 30-minute run). Each connection plays its runner's
 * sequence of 50 requests in a loop; every response is counted by kind and status. Only one connection of
 * each runner uploads (as one browser tab would; the others ask for import progress instead), since the
 * server takes at most two uploads of one account at once.
 */
import type { Request } from 'autocannon';
import { completeFindings } from '../test/support/checkin-builders';
import { multipart } from '../test/support/multipart';

/** How many of every 50 requests are of each kind. */
export const MIX = {
  'GET /api/dashboard': 15,
  'GET /api/runs': 10,
  'GET /api/runs/:id': 17,
  'GET /api/checkins': 2,
  'POST /api/checkins': 3,
  'POST /api/imports': 2,
  'GET /api/imports': 1,
} as const;
export type Kind = keyof typeof MIX;

export interface Tally {
  count: number;
  byStatus: Map<number, number>;
  /** Response times, ms. */
  times: number[];
}

/** Counts per kind, filled in as responses arrive. */
export function newTallies(): Map<Kind, Tally> {
  return new Map((Object.keys(MIX) as Kind[]).map((k) => [k, { count: 0, byStatus: new Map(), times: [] }]));
}

/** The kinds spread evenly over a sequence of 50 (largest first, each at its own stride). */
export function sequence(): Kind[] {
  const slots: { kind: Kind; at: number }[] = [];
  for (const [kind, n] of Object.entries(MIX) as [Kind, number][]) {
    for (let i = 0; i < n; i++) slots.push({ kind, at: (i + 0.5) / n });
  }
  return slots.sort((a, b) => a.at - b.at).map((s) => s.kind);
}

let importNumber = 0;

/** A GPX run of 30 minutes (one point every 3 s), starting at its own minute of the last 200 days. */
export function smallGpx(now: Date): { name: string; data: Uint8Array } {
  const n = importNumber++;
  const start = now.getTime() - 200 * 86_400_000 + n * 7 * 60_000 + 13 * 3_600_000;
  const points = Array.from({ length: 600 }, (_, i) => {
    const time = new Date(start + i * 3000).toISOString();
    return `<trkpt lat="${(45.76 + i * 0.00008).toFixed(6)}" lon="4.835000"><ele>170</ele><time>${time}</time></trkpt>`;
  }).join('\n');
  const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Lunch run</name><type>running</type><trkseg>\n${points}\n</trkseg></trk></gpx>`;
  return { name: `lunch-run-${n}.gpx`, data: new TextEncoder().encode(gpx) };
}

export interface RunnerSession {
  cookie: string;
  origin: string;
  runIds: string[];
}

export interface ConnectionPlan {
  requests: Request[];
  /** The tally of the request answered last, for its response time (autocannon's `response` event). */
  answered: () => Tally | null;
}

/**
 * The requests one connection of `runner` sends, in order, starting `offset` requests into the sequence
 * (so that a runner's connections are not in step), with its uploads only when `uploads`; `tallies` counts
 * what comes back.
 */
export function requestsFor(
  runner: RunnerSession,
  tallies: Map<Kind, Tally>,
  now: Date,
  offset: number,
  uploads: boolean,
): ConnectionPlan {
  const read = { cookie: runner.cookie };
  const write = { cookie: runner.cookie, origin: runner.origin };
  let last: Tally | null = null;
  const count = (kind: Kind) => (status: number) => {
    const t = tallies.get(kind)!;
    t.count++;
    t.byStatus.set(status, (t.byStatus.get(status) ?? 0) + 1);
    last = t;
  };
  const checkin = JSON.stringify({ age: 41, sex: 'F', findings: completeFindings(41, 'F') });
  let nextRun = Math.floor(Math.random() * runner.runIds.length);
  const build: Record<Kind, () => Request> = {
    'GET /api/dashboard': () => ({
      method: 'GET',
      path: '/api/dashboard?weeks=12&timeZone=Europe%2FParis',
      headers: read,
    }),
    'GET /api/runs': () => ({
      method: 'GET',
      path: '/api/runs?sport=running&limit=200&offset=0',
      headers: read,
    }),
    'GET /api/runs/:id': () => ({
      method: 'GET',
      headers: read,
      // A different run each time, as a runner looks through their year.
      setupRequest: (req) => ({
        ...req,
        path: `/api/runs/${runner.runIds[nextRun++ % runner.runIds.length]}`,
      }),
    }),
    'GET /api/checkins': () => ({ method: 'GET', path: '/api/checkins', headers: read }),
    'POST /api/checkins': () => ({
      method: 'POST',
      path: '/api/checkins',
      headers: { ...write, 'content-type': 'application/json' },
      body: checkin,
    }),
    'POST /api/imports': () => ({
      method: 'POST',
      path: '/api/imports',
      setupRequest: (req) => {
        const body = multipart([smallGpx(now)]);
        return { ...req, headers: { ...write, ...body.headers }, body: body.payload };
      },
    }),
    'GET /api/imports': () => ({ method: 'GET', path: '/api/imports', headers: read }),
  };
  const kinds = sequence().map((k) => (k === 'POST /api/imports' && !uploads ? 'GET /api/imports' : k));
  const rotated = [...kinds.slice(offset % kinds.length), ...kinds.slice(0, offset % kinds.length)];
  return {
    requests: rotated.map((kind) => ({ ...build[kind](), kind, onResponse: count(kind) })),
    answered: () => last,
  };
}
