import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { expectCountsAddUp, uploadAndWait } from '../support/imports';
import { createTestApp, type TestApp } from '../support/test-app';
import { createRepositories } from '../../src/store/repositories';
import type { ImportStatus } from '../../src/app/import-status';
import { CORPUS_AVAILABLE, corpusPresenceTest } from '../support/importers/corpus';

corpusPresenceTest();

interface RunJson {
  id: string;
  distanceM: number;
  elapsedS: number;
  recovered: string | null;
  gpsDistanceM: number | null;
  laps: unknown[];
  series: { t: number[]; distanceM: (number | null)[] } | null;
}

for (const dialect of DIALECTS) {
  describe.runIf(CORPUS_AVAILABLE)(`import counts that add up [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    const runsOf = async (cookie: string) =>
      (await t.app.inject({ url: '/api/runs?sport=all&limit=1000', headers: { cookie } })).json() as {
        items: RunJson[];
        total: number;
      };
    const runDetail = async (cookie: string, id: string) =>
      (await t.app.inject({ url: `/api/runs/${id}`, headers: { cookie } })).json() as RunJson;

    it('counts a damaged FIT file once, as one partly read activity, and stores only what survived', async () => {
      const { cookie } = await t.register();
      const status = await uploadAndWait(t, cookie, ['malformed/strava-android-run-badcrc.fit']);
      expect(status).toMatchObject({ state: 'done', filesDone: 1, imported: 0, recovered: 1, activities: 1 });
      expectCountsAddUp(status);
      expect(status.files[0]?.error).toMatchObject({
        code: 'partly_read',
        message: expect.stringMatching(/undefined local type 11/),
      });
      const [run] = (await runsOf(cookie)).items;
      const detail = await runDetail(cookie, run!.id);
      // The session said 11.3 km in 59 minutes; 0.9 km and about 5 minutes of samples survived.
      expect(detail.recovered).toMatch(/undefined local type/);
      expect(detail.distanceM).toBeGreaterThan(900);
      expect(detail.distanceM).toBeLessThan(950);
      expect(detail.elapsedS).toBeLessThan(330);
      expect(detail.gpsDistanceM).toBeLessThan(950);
      expect(detail.laps).toEqual([]);
      const distances = detail.series!.distanceM.filter((d): d is number => d !== null);
      expect(Math.max(...distances)).toBeLessThanOrEqual(detail.distanceM + 1);
    });

    it('counts a batch with one unreadable file, one damaged and two good ones: four files, four outcomes', async () => {
      const { cookie } = await t.register();
      const status = await uploadAndWait(t, cookie, [
        'malformed/empty.fit',
        'fr110-run-5laps.fit',
        'malformed/coros-apexpro-run.truncated.fit',
        'fenix5-run-short-dynamics.fit',
      ]);
      expect(status).toMatchObject({ filesDone: 4, imported: 2, recovered: 1, failed: 1, activities: 3 });
      expectCountsAddUp(status);
      expect(status.files.map((f) => f.error?.code ?? null)).toEqual([
        'empty_file',
        null,
        'partly_read',
        null,
      ]);
      expect((await runsOf(cookie)).total).toBe(3);
    });

    it('counts a Garmin export per file, and a multisport file once with one activity per sport', async () => {
      const { cookie } = await t.register();
      const status = await uploadAndWait(t, cookie, ['garmin-style-export.zip']);
      expect(status).toMatchObject({
        filesDone: 9,
        imported: 5,
        recovered: 1,
        duplicates: 1,
        skipped: 2,
        failed: 0,
      });
      expectCountsAddUp(status);
      const multisport = status.files.find((f) => f.source.endsWith('10372811009.fit'));
      expect(multisport?.runIds.length).toBeGreaterThan(1);
      expect(status.activities).toBe(5 + multisport!.runIds.length);
      expect((await runsOf(cookie)).total).toBe(status.activities);
    });

    it('counts a Strava export with its typed-in entry, 13 files and 1 entry', async () => {
      const { cookie } = await t.register();
      const status = await uploadAndWait(t, cookie, ['strava-style-export.zip']);
      expect(status).toMatchObject({ filesDone: 14, entries: 1, imported: 14, activities: 14 });
      expectCountsAddUp(status);
    });

    it('lets a complete copy take the place of a partly read run, and keeps a partly read copy out', async () => {
      const { cookie } = await t.register();
      const partial = await uploadAndWait(t, cookie, ['malformed/coros-apexpro-run.truncated.fit']);
      expect(partial.recovered).toBe(1);
      const partialId = partial.files[0]!.runIds[0]!;
      const whole = await uploadAndWait(t, cookie, ['coros-apexpro-run.fit']);
      expect(whole).toMatchObject({ imported: 1, replaced: 1, activities: 1 });
      expectCountsAddUp(whole);
      expect(whole.files[0]?.error).toMatchObject({ code: 'replaced_partial' });
      let runs = await runsOf(cookie);
      expect(runs.items.map((r) => [r.recovered, r.distanceM > 10_000])).toEqual([[null, true]]);
      expect((await t.app.inject({ url: `/api/runs/${partialId}`, headers: { cookie } })).statusCode).toBe(
        404,
      );
      const again = await uploadAndWait(t, cookie, ['malformed/coros-apexpro-run.truncated.fit']);
      expect(again).toMatchObject({ duplicates: 1, recovered: 0, activities: 0 });
      runs = await runsOf(cookie);
      expect(runs.total).toBe(1);
    });

    for (const order of [
      ['malformed/coros-apexpro-run.truncated.fit', 'coros-apexpro-run.fit'],
      ['coros-apexpro-run.fit', 'malformed/coros-apexpro-run.truncated.fit'],
    ]) {
      it(`keeps the complete copy when both come in one import (${order[0]!.split('/').pop()} first)`, async () => {
        const { cookie } = await t.register();
        const status = await uploadAndWait(t, cookie, order);
        expect(status).toMatchObject({
          imported: 1,
          duplicates: 1,
          recovered: 0,
          replaced: 0,
          activities: 1,
        });
        expectCountsAddUp(status);
        const runs = await runsOf(cookie);
        expect(runs.items.map((r) => r.recovered)).toEqual([null]);
      });
    }

    it('brings an import saved before the counts were exclusive to counts that add up', async () => {
      const user = await t.register();
      const old = {
        id: 'old-import',
        state: 'done',
        filename: '2 files',
        createdAt: '2026-11-20T08:00:00.000Z',
        filesDone: 2,
        filesTotal: 2,
        bytesDone: 100,
        bytesTotal: 100,
        imported: 2,
        duplicates: 0,
        recovered: 1,
        failed: 0,
        skipped: 0,
        files: [
          { source: 'a.fit', status: 'imported', error: null, runIds: ['r1'] },
          {
            source: 'b.fit',
            status: 'recovered',
            error: { code: 'recovered', message: 'cut' },
            runIds: ['r2'],
          },
        ],
        error: null,
      } as unknown as ImportStatus;
      await createRepositories(t.db.store.db).imports.create(
        user.id,
        old.id,
        old.filename,
        old.createdAt,
        old,
      );
      const res = await t.app.inject({ url: '/api/imports/old-import', headers: { cookie: user.cookie } });
      const status = res.json() as ImportStatus;
      expect(status).toMatchObject({ imported: 1, recovered: 1, activities: 2, entries: 0 });
      expect(status.files[1]?.error?.code).toBe('partly_read');
      expectCountsAddUp(status);
    });
  });
}
