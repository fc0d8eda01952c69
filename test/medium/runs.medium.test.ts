import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { multipart } from '../support/multipart';
import { CORPUS_AVAILABLE, corpusPresenceTest, readCorpus } from '../support/importers/corpus';

corpusPresenceTest();

for (const dialect of DIALECTS) {
  describe.runIf(CORPUS_AVAILABLE)(`runs and imports [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    const upload = async (files: string[], as = cookie) => {
      const body = multipart(files.map((f) => ({ name: f.split('/').pop()!, data: readCorpus(f) })));
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { cookie: as, origin: ORIGIN, ...body.headers },
        payload: body.payload,
      });
      expect(res.statusCode, res.body).toBe(202);
      await t.app.importJobs.idle();
      const status = await t.app.inject({ url: `/api/imports/${res.json().id}`, headers: { cookie: as } });
      return status.json();
    };
    const runs = async (query = '') =>
      (await t.app.inject({ url: `/api/runs${query}`, headers: { cookie } })).json();

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    it('imports a treadmill run without GPS as an indoor run on the treadmill', async () => {
      const status = await upload(['fr945-treadmill-run.fit']);
      expect(status).toMatchObject({ state: 'done', imported: 1, duplicates: 0, failed: 0 });
      const list = await runs();
      expect(list.total).toBe(1);
      expect(list.items[0]).toMatchObject({
        indoor: true,
        surface: 'treadmill',
        sport: 'running',
        format: 'fit',
      });
      expect(list.items[0].distanceM).toBeGreaterThan(1000);
      const detail = (
        await t.app.inject({ url: `/api/runs/${list.items[0].id}`, headers: { cookie } })
      ).json();
      expect(detail.series.t.length).toBeGreaterThan(10);
      expect(detail.series.t.length).toBeLessThanOrEqual(1000);
      expect(detail.series.lat.every((v: number | null) => v === null)).toBe(true);
    });

    it('reports the same file again, and the same run in another format, as duplicates', async () => {
      const again = await upload(['fr945-treadmill-run.fit']);
      expect(again).toMatchObject({ imported: 0, duplicates: 1 });
      const pair = await upload(['fr945-run-sloatsburg.fit', 'fr945-run-sloatsburg.tcx']);
      expect(pair).toMatchObject({ imported: 1, duplicates: 1 });
      expect(pair.files.map((f: { status: string }) => f.status)).toEqual(['imported', 'duplicate']);
      expect((await runs()).total).toBe(2);
    });

    it('reports a bad file with its reason and imports the rest', async () => {
      const status = await upload([
        'malformed/empty.fit',
        'fr110-run-5laps.fit',
        'malformed/coros-apexpro-run.truncated.fit',
      ]);
      expect(status).toMatchObject({ state: 'done', imported: 1, failed: 1, recovered: 1, filesDone: 3 });
      const failed = status.files.find((f: { status: string }) => f.status === 'failed');
      expect(failed).toMatchObject({ source: 'empty.fit', error: { code: 'empty_file' } });
      expect(status.files.find((f: { status: string }) => f.status === 'recovered').error).toMatchObject({
        code: 'partly_read',
        message: expect.stringMatching(/ends before/),
      });
    });

    it('imports a Strava-style export with names, and its manual activity', async () => {
      const before = (await runs('?sport=all')).total;
      const status = await upload(['strava-style-export.zip']);
      expect(status.state).toBe('done');
      expect(status.failed).toBe(0);
      expect(status.imported).toBeGreaterThan(5);
      const all = await runs('?sport=all&limit=1000');
      // The truncated COROS run imported above is in this export whole: the complete copy replaces it.
      expect(status.replaced).toBe(1);
      expect(all.total).toBe(before + status.activities - status.replaced);
      expect(all.items.filter((r: { name: string | null }) => r.name).length).toBeGreaterThan(5);
      expect(all.items.some((r: { source: string }) => r.source === 'manual')).toBe(true);
      const runningOnly = await runs('?limit=1000');
      expect(
        runningOnly.items.every((r: { sport: string }) =>
          ['running', 'walking', 'hiking', 'trail_running', 'mountaineering'].includes(r.sport),
        ),
      ).toBe(true);
      expect(runningOnly.total).toBeLessThanOrEqual(all.total);
    });

    it('imports a Garmin export: non-activity files passed over, the repeated run once, no transition legs', async () => {
      const fresh = await t.register();
      const status = await upload(['garmin-style-export.zip'], fresh.cookie);
      expect(status).toMatchObject({ state: 'done', failed: 0, skipped: 2, recovered: 1 });
      expect(status.duplicates).toBeGreaterThanOrEqual(1);
      const skipped = status.files.filter((f: { status: string }) => f.status === 'skipped');
      expect(skipped.map((f: { error: { code: string } }) => f.error.code)).toEqual([
        'not_an_activity',
        'not_an_activity',
      ]);
      const all = (
        await t.app.inject({ url: '/api/runs?sport=all&limit=1000', headers: { cookie: fresh.cookie } })
      ).json();
      expect(all.total).toBeGreaterThan(2);
      expect(all.items.some((r: { sport: string }) => r.sport === 'transition')).toBe(false);
    });

    it('lists recent imports, and says when nothing was sent', async () => {
      const recent = (await t.app.inject({ url: '/api/imports', headers: { cookie } })).json();
      expect(recent.items.length).toBeGreaterThanOrEqual(4);
      expect(recent.items[0].files).toEqual([]);
      const empty = multipart([]);
      const none = await t.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { cookie, origin: ORIGIN, ...empty.headers },
        payload: empty.payload,
      });
      expect(none.statusCode).toBe(400);
      const json = await t.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { cookie, origin: ORIGIN },
        payload: { a: 1 },
      });
      expect(json.statusCode).toBe(415);
      expect(json.json().code).toBe('unsupported_media_type');
    });

    it('adds, edits and deletes a run by hand, validating each field', async () => {
      const ghost = (
        await t.app.inject({
          method: 'POST',
          url: '/api/shoes',
          headers: { cookie, origin: ORIGIN },
          payload: { brand: 'Ghost 15' },
        })
      ).json() as { id: string };
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/runs',
        headers: { cookie, origin: ORIGIN },
        payload: { startTime: 'yesterday', distanceM: -5, elapsedS: 1800, indoor: true },
      });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual(['body.distanceM', 'body.startTime']);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/runs',
        headers: { cookie, origin: ORIGIN },
        payload: {
          startTime: '2026-11-20T18:00:00+01:00',
          distanceM: 8000,
          elapsedS: 2700,
          indoor: true,
          shoeId: ghost.id,
        },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        startTime: '2026-11-20T17:00:00.000Z',
        surface: 'treadmill',
        source: 'manual',
        shoeId: ghost.id,
        shoe: 'Ghost 15',
      });
      const id = created.json().id;
      const patched = await t.app.inject({
        method: 'PATCH',
        url: `/api/runs/${id}`,
        headers: { cookie, origin: ORIGIN },
        payload: { surface: 'road', name: 'Evening easy' },
      });
      expect(patched.json()).toMatchObject({ surface: 'road', name: 'Evening easy', shoe: 'Ghost 15' });
      const badPatch = await t.app.inject({
        method: 'PATCH',
        url: `/api/runs/${id}`,
        headers: { cookie, origin: ORIGIN },
        payload: { surface: 'lava' },
      });
      expect(badPatch.statusCode).toBe(400);
      expect((await runs()).shoes).toContain('Ghost 15');
      const del = await t.app.inject({
        method: 'DELETE',
        url: `/api/runs/${id}`,
        headers: { cookie, origin: ORIGIN },
      });
      expect(del.statusCode).toBe(204);
      const gone = await t.app.inject({ url: `/api/runs/${id}`, headers: { cookie } });
      expect(gone.statusCode).toBe(404);
    });

    it('refuses an upload holding a file over the per-file limit, naming it, and keeps nothing', async () => {
      const small = await createTestApp(dialect, { config: { maxFileBytes: 50_000 } });
      try {
        const user = await small.register();
        const send = (files: string[]) => {
          const body = multipart(files.map((f) => ({ name: f, data: readCorpus(f) })));
          return small.app.inject({
            method: 'POST',
            url: '/api/imports',
            headers: { cookie: user.cookie, origin: ORIGIN, ...body.headers },
            payload: body.payload,
          });
        };
        const res = await send(['fenix5-run-short-dynamics.fit', 'fenix2-run-dynamics.fit']);
        expect(res.statusCode).toBe(413);
        expect(res.json()).toMatchObject({
          code: 'payload_too_large',
          issues: [{ path: 'body.files', message: 'fenix2-run-dynamics.fit is larger than 49 KB' }],
        });
        expect(res.json().message).toMatch(/^fenix2-run-dynamics\.fit is over this server's limit/);
        await small.app.importJobs.idle();
        const listed = await small.app.inject({ url: '/api/imports', headers: { cookie: user.cookie } });
        expect(listed.json().items).toEqual([]);
        const alone = await send(['fenix5-run-short-dynamics.fit']);
        expect(alone.statusCode).toBe(202);
        await small.app.importJobs.idle();
        const status = await small.app.inject({
          url: `/api/imports/${alone.json().id}`,
          headers: { cookie: user.cookie },
        });
        expect(status.json()).toMatchObject({ imported: 1, failed: 0, filesDone: 1, filesTotal: 1 });
      } finally {
        await small.close();
      }
    });
  });
}
