import { randomUUID } from 'node:crypto';
import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { uploadAndWait } from '../support/imports';
import { writeZip } from '../support/importers/zip-writer';
import { gpxRun } from '../support/importers/synthetic';
import { migrateToLatest, migrationsFor } from '../../src/store/migrate';
import type { Shoe } from '../../src/contract/shoes';
import type { Run } from '../../src/contract/runs';

const gpx = (start: string) => new TextEncoder().encode(gpxRun(start, 30));

/** A Strava export: activities.csv naming the gear of each file, and the files. */
function stravaExport(rows: { id: number; start: string; gear: string }[]): Uint8Array {
  const csv = [
    'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Activity Gear,Filename',
    ...rows.map((r) => `${r.id},,Run ${r.id},Run,290,0.3,${r.gear},activities/${r.id}.gpx`),
  ].join('\n');
  return new Uint8Array(
    writeZip([
      { name: 'activities.csv', data: csv },
      ...rows.map((r) => ({ name: `activities/${r.id}.gpx`, data: gpx(r.start) })),
    ]),
  );
}

for (const dialect of DIALECTS) {
  describe(`shoes migration [${dialect}]`, () => {
    let db: TestStore;
    afterAll(async () => db?.drop());

    it('moves every distinct shoe name of each runner into a shoe and points the runs at it', async () => {
      db = await freshStore(dialect, false);
      const migrations = migrationsFor(db.store.dialect);
      const migrator = new Migrator({ db: db.store.db, provider: { getMigrations: async () => migrations } });
      const before = await migrator.migrateTo('2026-12-10-0001-run-note');
      expect(before.error).toBeUndefined();
      const old = db.store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      const users = ['u1', 'u2'];
      for (const id of users) {
        await old
          .insertInto('users')
          .values({ id, email: `${id}@example.com`, password_hash: 'x', created_at: '2026-01-01T00:00:00Z' })
          .execute();
      }
      const run = (user: string, shoe: string | null, distance: number) => ({
        id: randomUUID(),
        user_id: user,
        start_time: `2026-11-${10 + distance / 1000}T07:00:00.000Z`,
        sport: 'running',
        indoor: 0,
        distance_m: distance,
        elapsed_s: 1800,
        shoe,
        source: 'manual',
        laps_json: '[]',
        created_at: '2026-11-20T00:00:00Z',
      });
      await old
        .insertInto('runs')
        .values([
          run('u1', 'Pegasus 40', 5000),
          run('u1', 'Pegasus 40', 6000),
          run('u1', 'Ghost 15', 7000),
          run('u1', null, 8000),
          run('u2', 'Pegasus 40', 9000),
        ])
        .execute();

      await migrateToLatest(db.store);

      const shoes = await old
        .selectFrom('shoes')
        .select(['id', 'user_id', 'brand', 'model', 'start_km', 'retire_km', 'default_for'])
        .orderBy('user_id')
        .orderBy('brand')
        .execute();
      expect(
        shoes.map((s) => [s.user_id, s.brand, s.model, Number(s.start_km), Number(s.retire_km)]),
      ).toEqual([
        ['u1', 'Ghost 15', '', 0, 800],
        ['u1', 'Pegasus 40', '', 0, 800],
        ['u2', 'Pegasus 40', '', 0, 800],
      ]);
      const runs = await old.selectFrom('runs').select(['user_id', 'distance_m', 'shoe_id']).execute();
      const shoeOf = (user: string, distance: number) =>
        runs.find((r) => r.user_id === user && Number(r.distance_m) === distance)?.shoe_id;
      const idOf = (user: string, brand: string) =>
        shoes.find((s) => s.user_id === user && s.brand === brand)?.id;
      expect(shoeOf('u1', 5000)).toBe(idOf('u1', 'Pegasus 40'));
      expect(shoeOf('u1', 6000)).toBe(idOf('u1', 'Pegasus 40'));
      expect(shoeOf('u1', 7000)).toBe(idOf('u1', 'Ghost 15'));
      expect(shoeOf('u1', 8000)).toBeNull();
      expect(shoeOf('u2', 9000)).toBe(idOf('u2', 'Pegasus 40'));
      const columns = (await db.store.db.introspection.getTables()).find((t) => t.name === 'runs')!.columns;
      expect(columns.map((c) => c.name)).not.toContain('shoe');
    });
  });

  describe(`the garage [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    let other: string;
    const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, as = cookie) =>
      t.app.inject({
        method,
        url,
        headers: { cookie: as, origin: ORIGIN },
        ...(payload ? { payload } : {}),
      });
    const shoes = async (as = cookie) =>
      ((await call('GET', '/api/shoes', undefined, as)).json() as { items: Shoe[] }).items;
    const manualRun = (over: object = {}) =>
      call('POST', '/api/runs', {
        startTime: '2026-11-25T07:00:00Z',
        distanceM: 10_000,
        elapsedS: 3_000,
        indoor: false,
        ...over,
      });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie } = await t.register());
      ({ cookie: other } = await t.register());
    });
    afterAll(async () => t?.close());

    it('adds, changes, retires and brings back a shoe, naming each wrong field', async () => {
      const bad = await call('POST', '/api/shoes', {
        brand: ' ',
        startKm: -1,
        retireKm: 1e9,
        defaultFor: 'rowing',
      });
      expect(bad.statusCode).toBe(400);
      expect((bad.json().issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
        'body.brand',
        'body.defaultFor',
        'body.retireKm',
        'body.startKm',
      ]);
      const created = await call('POST', '/api/shoes', { brand: 'Nike', model: 'Pegasus 40', startKm: 480 });
      expect(created.statusCode).toBe(201);
      const shoe = created.json() as Shoe;
      expect(shoe).toMatchObject({
        name: 'Nike Pegasus 40',
        startKm: 480,
        retireKm: 800,
        distanceKm: 480,
        runs: 0,
        status: 'ok',
        retiredAt: null,
        defaultFor: null,
      });
      const run = await manualRun({ shoeId: shoe.id, distanceM: 25_000, elapsedS: 9_000 });
      expect(run.json()).toMatchObject({ shoeId: shoe.id, shoe: 'Nike Pegasus 40' });
      const patched = await call('PATCH', `/api/shoes/${shoe.id}`, { nickname: 'Blue pair', retireKm: 500 });
      expect(patched.json()).toMatchObject({
        name: 'Blue pair',
        distanceKm: 505,
        runs: 1,
        status: 'replace',
      });
      const one = (await call('GET', `/api/runs/${run.json().id}`)).json() as Run;
      expect(one.shoe).toBe('Blue pair');

      const retired = await call('POST', `/api/shoes/${shoe.id}/retire`, {});
      expect(retired.statusCode).toBe(200);
      expect(retired.json().retiredAt).toBe(t.clock.now().toISOString());
      const refused = await call('PATCH', `/api/shoes/${shoe.id}`, { defaultFor: 'running' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues).toEqual([expect.objectContaining({ path: 'body.defaultFor' })]);
      const back = await call('POST', `/api/shoes/${shoe.id}/retire`, { retired: false });
      expect(back.json()).toMatchObject({ retiredAt: null, distanceKm: 505 });
    });

    it("answers 404 for another runner's shoe, and never puts it on a run", async () => {
      const mine = (await call('POST', '/api/shoes', { brand: 'Mine' })).json() as Shoe;
      const theirs = (await call('POST', '/api/shoes', { brand: 'Theirs' }, other)).json() as Shoe;
      expect((await call('GET', `/api/shoes/${theirs.id}`)).statusCode).toBe(404);
      expect((await call('PATCH', `/api/shoes/${theirs.id}`, { brand: 'Taken' })).statusCode).toBe(404);
      expect((await call('POST', `/api/shoes/${theirs.id}/retire`, {})).statusCode).toBe(404);
      expect((await manualRun({ shoeId: theirs.id })).statusCode).toBe(404);
      const run = (await manualRun({ shoeId: mine.id })).json() as Run;
      expect((await call('PATCH', `/api/runs/${run.id}`, { shoeId: theirs.id })).statusCode).toBe(404);
      expect(((await call('GET', `/api/runs/${run.id}`)).json() as Run).shoeId).toBe(mine.id);
      const cleared = await call('PATCH', `/api/runs/${run.id}`, { shoeId: null });
      expect(cleared.json()).toMatchObject({ shoeId: null, shoe: null });
      expect((await shoes(other)).map((s) => s.name)).toEqual(['Theirs']);
      expect(((await call('GET', `/api/shoes/${theirs.id}`, undefined, other)).json() as Shoe).brand).toBe(
        'Theirs',
      );
    });

    it('gives a new manual run the default shoe of its sport, one default per sport', async () => {
      const road = (
        await call('POST', '/api/shoes', { brand: 'Road', defaultFor: 'running' })
      ).json() as Shoe;
      const trail = (
        await call('POST', '/api/shoes', { brand: 'Trail', defaultFor: 'trail_running' })
      ).json() as Shoe;
      expect((await manualRun()).json()).toMatchObject({ shoeId: road.id, shoe: 'Road' });
      expect((await manualRun({ shoeId: null })).json()).toMatchObject({ shoeId: null });
      const newer = (
        await call('POST', '/api/shoes', { brand: 'Newer', defaultFor: 'running' })
      ).json() as Shoe;
      const list = await shoes();
      expect(list.filter((s) => s.defaultFor === 'running').map((s) => s.id)).toEqual([newer.id]);
      expect(list.find((s) => s.id === trail.id)?.defaultFor).toBe('trail_running');
      expect((await manualRun()).json()).toMatchObject({ shoeId: newer.id });
      // Retiring the default leaves new runs without a shoe rather than on a retired pair.
      await call('POST', `/api/shoes/${newer.id}/retire`, { retired: true });
      expect((await shoes()).find((s) => s.id === newer.id)?.defaultFor).toBeNull();
      expect((await manualRun()).json()).toMatchObject({ shoeId: null });
      expect((await call('PATCH', `/api/shoes/${road.id}`, { defaultFor: 'running' })).statusCode).toBe(200);
      expect((await manualRun()).json()).toMatchObject({ shoeId: road.id });
    });
  });

  describe(`shoes on imported runs [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('gives an imported run the default shoe, but not a run from before the shoe was added', async () => {
      const { cookie } = await t.register();
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/shoes',
        headers: { cookie, origin: ORIGIN },
        payload: { brand: 'Daily', defaultFor: 'running' },
      });
      const shoe = made.json() as Shoe;
      const status = await uploadAndWait(t, cookie, [
        { name: 'recent.gpx', data: gpx('2026-11-24T07:00:00Z') },
        { name: 'old.gpx', data: gpx('2021-05-01T07:00:00Z') },
      ]);
      expect(status.imported).toBe(2);
      const runs = (await t.app.inject({ url: '/api/runs?sport=all', headers: { cookie } })).json() as {
        items: Run[];
      };
      expect(runs.items.map((r) => [r.startTime.slice(0, 4), r.shoeId])).toEqual([
        ['2026', shoe.id],
        ['2021', null],
      ]);
    });

    it('creates one shoe per distinct Strava gear, across files and imports, and assigns it', async () => {
      const { cookie } = await t.register();
      const first = stravaExport([
        { id: 1, start: '2021-05-01T07:00:00Z', gear: 'Nike Pegasus 40' },
        { id: 2, start: '2021-05-02T07:00:00Z', gear: 'Hoka Clifton 9' },
        { id: 3, start: '2021-05-03T07:00:00Z', gear: 'Nike Pegasus 40' },
        { id: 4, start: '2021-05-04T07:00:00Z', gear: '' },
      ]);
      const second = stravaExport([{ id: 5, start: '2021-06-01T07:00:00Z', gear: 'nike pegasus 40' }]);
      const a = await uploadAndWait(t, cookie, [{ name: 'export.zip', data: first }]);
      const b = await uploadAndWait(t, cookie, [{ name: 'export2.zip', data: second }]);
      expect([a.imported, b.imported]).toEqual([4, 1]);
      const list = (
        (await t.app.inject({ url: '/api/shoes', headers: { cookie } })).json() as { items: Shoe[] }
      ).items;
      expect(list.map((s) => [s.name, s.runs]).sort()).toEqual([
        ['Hoka Clifton 9', 1],
        ['Nike Pegasus 40', 3],
      ]);
      const runs = (await t.app.inject({ url: '/api/runs?sport=all', headers: { cookie } })).json() as {
        items: Run[];
      };
      expect(runs.items.map((r) => [r.name, r.shoe]).sort()).toEqual([
        ['Run 1', 'Nike Pegasus 40'],
        ['Run 2', 'Hoka Clifton 9'],
        ['Run 3', 'Nike Pegasus 40'],
        ['Run 4', null],
        ['Run 5', 'Nike Pegasus 40'],
      ]);
    });
  });
}
