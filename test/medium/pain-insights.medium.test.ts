import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import type { PainInsightsView } from '../../src/contract/pain';

// The scenario of src/core/pain/insights.test.ts, sent through the API: six runs (two of 12 km, two on a
// treadmill) and eleven entries, with averages worked out by hand there.
const RUNS: [string, number, boolean][] = [
  ['2026-11-02T07:00:00Z', 5, false],
  ['2026-11-04T18:00:00Z', 5, false],
  ['2026-11-07T08:00:00Z', 12, false],
  ['2026-11-10T19:00:00Z', 5, true],
  ['2026-11-14T08:00:00Z', 12, false],
  ['2026-11-17T19:00:00Z', 5, true],
];
const ENTRIES: [string, number][] = [
  ['2026-11-03T09:00:00Z', 2],
  ['2026-11-05T08:00:00Z', 3],
  ['2026-11-07T20:00:00Z', 6],
  ['2026-11-08T09:00:00Z', 5],
  ['2026-11-10T21:00:00Z', 2],
  ['2026-11-11T08:00:00Z', 1],
  ['2026-11-14T20:00:00Z', 7],
  ['2026-11-15T09:00:00Z', 5],
  ['2026-11-16T07:00:00Z', 4],
  ['2026-11-18T08:00:00Z', 2],
  ['2026-11-20T08:00:00Z', 2],
];

for (const dialect of DIALECTS) {
  describe(`pain insights [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      cookie = (await t.register()).cookie;
    });
    afterAll(async () => t?.close());

    const send = (method: 'GET' | 'POST', url: string, payload?: object, as = cookie) =>
      t.app.inject({ method, url, headers: { cookie: as, origin: ORIGIN }, ...(payload ? { payload } : {}) });

    it('says there is not enough data for a new diary', async () => {
      const res = await send('GET', '/api/pain/insights?timeZone=UTC');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as PainInsightsView;
      expect(body.entries).toBe(0);
      expect(body.insights).toHaveLength(6);
      expect(body.insights.every((i) => !i.enough && i.summary.startsWith('Not enough entries yet'))).toBe(
        true,
      );
    });

    it('sets the diary against the runs, with the averages worked out by hand', async () => {
      for (const [startTime, km, indoor] of RUNS) {
        const res = await send('POST', '/api/runs', {
          startTime,
          distanceM: km * 1000,
          elapsedS: km * 330,
          indoor,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      for (const [at, score] of ENTRIES) {
        const res = await send('POST', '/api/pain', {
          at,
          score,
          when: 'after_run',
          areas: ['low_back_central'],
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const body = (await send('GET', '/api/pain/insights?timeZone=UTC&weeks=12')).json() as PainInsightsView;
      expect(body.entries).toBe(11);
      const byCode = new Map(body.insights.map((i) => [i.code, i]));
      expect(byCode.get('long_run')).toMatchObject({
        with: { mean: 5.4, entries: 5, days: 5 },
        without: { mean: 2, entries: 6, days: 6 },
        enough: true,
        difference: 3.4,
      });
      expect(byCode.get('morning_run')).toMatchObject({
        with: { mean: 4.8 },
        without: { mean: 2 },
        difference: 2.8,
      });
      expect(byCode.get('treadmill')).toMatchObject({
        with: { entries: 4 },
        enough: false,
        difference: null,
      });
      expect(body.caveat).toMatch(/not proof/);
    });

    it('refuses weeks out of range, naming the field, and asks for a login', async () => {
      const bad = await send('GET', '/api/pain/insights?timeZone=UTC&weeks=2');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('querystring.weeks');
      const zone = await send('GET', '/api/pain/insights?timeZone=Mars/Olympus');
      expect(zone.statusCode).toBe(400);
      expect((await send('GET', '/api/pain/insights?timeZone=UTC', undefined, '')).statusCode).toBe(401);
    });

    it('shows another runner none of this diary', async () => {
      const other = (await t.register()).cookie;
      const body = (
        await send('GET', '/api/pain/insights?timeZone=UTC', undefined, other)
      ).json() as PainInsightsView;
      expect(body.entries).toBe(0);
    });
  });
}
