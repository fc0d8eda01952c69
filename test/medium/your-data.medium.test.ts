import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import { multipart } from '../support/multipart';
import { gpxRun } from '../support/importers/synthetic';
import { zipEntries } from '../support/zip-entries';
import type { PlanRecord } from '../../src/contract/plans';
import { aFormCheck } from '../support/form-checks';

const PASSWORD = 'a long enough secret';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Each UUID replaced by its order of first appearance: two exports compare equal when only their ids differ. */
function canonicalIds(value: unknown, seen = new Map<string, string>()): unknown {
  if (typeof value === 'string' && UUID.test(value)) {
    if (!seen.has(value)) seen.set(value, `id-${seen.size}`);
    return seen.get(value);
  }
  if (Array.isArray(value)) return value.map((v) => canonicalIds(v, seen));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonicalIds(v, seen)]));
  return value;
}

for (const dialect of DIALECTS) {
  describe(`your data: originals, export, import, delete [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    const call = (cookie: string, method: string, url: string, extra: object = {}) =>
      t.app.inject({ method: method as 'GET', url, headers: { cookie, origin: ORIGIN }, ...extra });
    const upload = async (
      cookie: string,
      files: { name: string; data: Uint8Array }[],
      url = '/api/imports',
    ) => {
      const form = multipart(files);
      return call(cookie, 'POST', url, {
        payload: form.payload,
        headers: { cookie, origin: ORIGIN, ...form.headers },
      });
    };
    const exportOf = async (cookie: string) => {
      const res = await call(cookie, 'GET', '/api/export');
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      return { res, entries: await zipEntries(res.rawPayload) };
    };
    const json = (entries: Map<string, Buffer>, name: string): unknown =>
      JSON.parse(entries.get(name)?.toString('utf8') ?? 'null');

    /** A runner with something in every table an export holds. */
    async function seededRunner() {
      const runner = await t.register(undefined, PASSWORD);
      const c = runner.cookie;
      expect(
        (
          await call(c, 'PUT', '/api/settings', {
            payload: { units: 'mi', country: 'GB', goal: 'Trail 30K in June' },
          })
        ).statusCode,
      ).toBe(200);
      const shoe = await call(c, 'POST', '/api/shoes', {
        payload: { brand: 'Hoka', model: 'Clifton', startKm: 40, defaultFor: 'running' },
      });
      expect(shoe.statusCode, shoe.body).toBe(201);
      const gpx = new TextEncoder().encode(gpxRun('2026-11-18T07:00:00Z', 40));
      const gz = new Uint8Array((await import('node:zlib')).gzipSync(gpxRun('2026-11-20T07:00:00Z', 30)));
      expect(
        (
          await upload(c, [
            { name: 'morning.gpx', data: gpx },
            { name: 'friday.gpx.gz', data: gz },
          ])
        ).statusCode,
      ).toBe(202);
      await t.app.importJobs.idle();
      const manual = await call(c, 'POST', '/api/runs', {
        payload: { startTime: '2026-11-22T09:00:00Z', distanceM: 5000, elapsedS: 1800, indoor: true },
      });
      expect(manual.statusCode, manual.body).toBe(201);
      const manualId = (manual.json() as { id: string }).id;
      await call(c, 'PATCH', `/api/runs/${manualId}`, { payload: { note: 'Easy on the treadmill' } });
      expect((await call(c, 'POST', '/api/checkins', { payload: mechanicalCheckin() })).statusCode).toBe(201);
      const pain = await call(c, 'POST', '/api/pain', {
        payload: { score: 4, areas: ['buttock_left'], when: 'after_run', easedBy: ['moving'], note: 'stiff' },
      });
      expect(pain.statusCode, pain.body).toBe(201);
      const plan = await call(c, 'POST', '/api/plans', {
        payload: { runsPerWeek: 3, startDate: '2026-11-23', timeZone: 'Europe/London' },
      });
      expect(plan.statusCode, plan.body).toBe(201);
      const built = plan.json() as PlanRecord;
      const [date, item] = built.plan.weeks[0]!.days.filter((d) => d.date <= '2026-11-26')
        .flatMap((d) => d.items.map((i) => [d.date, i] as const))
        .find(([, i]) => i.kind !== 'rest' && i.kind !== 'task')!;
      const log = await call(c, 'POST', `/api/plans/${built.id}/logs`, {
        payload: { date, kind: item.kind, painDuring: 3, newRedFlag: false },
      });
      expect(log.statusCode, log.body).toBe(201);
      expect((await call(c, 'POST', '/api/calendar-link')).statusCode).toBe(201);
      const form = await call(c, 'POST', '/api/form-checks', { payload: aFormCheck({ note: 'treadmill' }) });
      expect(form.statusCode, form.body).toBe(201);
      return { ...runner, gpx, gz };
    }

    it('keeps each imported file as it came, gzipped, linked to its run; none when the runner turns it off', async () => {
      const runner = await seededRunner();
      const files = await t.db.store.db
        .selectFrom('activity_files')
        .selectAll()
        .where('user_id', '=', runner.id)
        .orderBy('name')
        .execute();
      expect(files.map((f) => f.name)).toEqual(['friday.gpx.gz', 'morning.gpx']);
      for (const [file, original] of [
        [files[0]!, runner.gz],
        [files[1]!, runner.gpx],
      ] as const) {
        expect(Buffer.compare(gunzipSync(file.gzip), Buffer.from(original))).toBe(0);
        expect(file.sha256).toBe(createHash('sha256').update(original).digest('hex'));
        expect(file.format).toBe('gpx');
        const run = await t.db.store.db
          .selectFrom('runs')
          .select('content_hash')
          .where('id', '=', file.run_id!)
          .executeTakeFirstOrThrow();
        expect(run.content_hash).toBe(file.sha256);
      }

      // A run deleted leaves its file; the same file imported again links it to the new run.
      const morning = files[1]!;
      expect((await call(runner.cookie, 'DELETE', `/api/runs/${morning.run_id}`)).statusCode).toBe(204);
      const fileOf = () =>
        t.db.store.db
          .selectFrom('activity_files')
          .select(['run_id'])
          .where('id', '=', morning.id)
          .executeTakeFirstOrThrow();
      expect((await fileOf()).run_id).toBeNull();
      await upload(runner.cookie, [{ name: 'morning-again.gpx', data: runner.gpx }]);
      await t.app.importJobs.idle();
      const again = await t.db.store.db
        .selectFrom('runs')
        .select('id')
        .where('user_id', '=', runner.id)
        .where('content_hash', '=', morning.sha256)
        .executeTakeFirstOrThrow();
      expect((await fileOf()).run_id).toBe(again.id);
      const kept = await t.db.store.db
        .selectFrom('activity_files')
        .select('id')
        .where('user_id', '=', runner.id)
        .execute();
      expect(kept).toHaveLength(2);

      const other = await t.register();
      const off = await call(other.cookie, 'PUT', '/api/settings', { payload: { keepOriginals: false } });
      expect(off.json()).toMatchObject({ keepOriginals: false });
      await upload(other.cookie, [{ name: 'a.gpx', data: runner.gpx }]);
      await t.app.importJobs.idle();
      const runs = await t.db.store.db
        .selectFrom('runs')
        .select('id')
        .where('user_id', '=', other.id)
        .execute();
      expect(runs).toHaveLength(1);
      const none = await t.db.store.db
        .selectFrom('activity_files')
        .select('id')
        .where('user_id', '=', other.id)
        .execute();
      expect(none).toEqual([]);
    });

    it('exports everything, brings it into a new account, and exports the same again', async () => {
      const runner = await seededRunner();
      const first = await exportOf(runner.cookie);
      expect(first.res.headers['content-type']).toBe('application/zip');
      expect(String(first.res.headers['content-disposition'])).toMatch(
        /attachment; filename="backstride-export-2026-11-26\.zip"/,
      );
      const names = [...first.entries.keys()].sort();
      expect(names.filter((n) => !n.startsWith('activities/'))).toEqual([
        'activity-files.json',
        'calendar-links.json',
        'checkins.json',
        'form-checks.json',
        'manifest.json',
        'pain-entries.json',
        'plan-logs.json',
        'plans.json',
        'runs.json',
        'settings.json',
        'shoes.json',
      ]);
      const activities = names.filter((n) => n.startsWith('activities/'));
      expect(activities).toHaveLength(2);
      expect(
        activities.map(
          (n) =>
            first.entries.get(n)!.equals(Buffer.from(runner.gpx)) ||
            first.entries.get(n)!.equals(Buffer.from(runner.gz)),
        ),
      ).toEqual([true, true]);
      const runs = json(first.entries, 'runs.json') as {
        series: { t: number[] } | null;
        note: string | null;
      }[];
      expect(runs).toHaveLength(3);
      expect(
        runs
          .filter((r) => r.series !== null)
          .map((r) => r.series!.t.length)
          .sort(),
      ).toEqual([30, 40]);
      expect(runs.map((r) => r.note)).toContain('Easy on the treadmill');
      expect(json(first.entries, 'settings.json')).toEqual([
        { units: 'mi', country: 'GB', keep_originals: 1, running_goal: 'Trail 30K in June' },
      ]);
      // No secret leaves: not the password hash, not the calendar address's hash.
      const everything = [...first.entries.values()].map((b) => b.toString('latin1')).join('\n');
      const user = await t.db.store.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', runner.id)
        .executeTakeFirstOrThrow();
      expect(everything).not.toContain(user.password_hash);
      const link = await t.db.store.db
        .selectFrom('calendar_links')
        .select('token_hash')
        .where('user_id', '=', runner.id)
        .executeTakeFirstOrThrow();
      expect(everything).not.toContain(link.token_hash);
      expect(json(first.entries, 'manifest.json')).toMatchObject({
        format: 'backstride-export',
        version: 1,
        counts: {
          runs: 3,
          shoes: 1,
          checkins: 1,
          plans: 1,
          'plan-logs': 1,
          'pain-entries': 1,
          'form-checks': 1,
          'activity-files': 2,
          activities: 2,
        },
      });

      const fresh = await t.register();
      const brought = await upload(
        fresh.cookie,
        [{ name: 'export.zip', data: new Uint8Array(first.res.rawPayload) }],
        '/api/import-account',
      );
      expect(brought.statusCode, brought.body).toBe(201);
      expect(brought.json()).toMatchObject({
        counts: {
          runs: 3,
          shoes: 1,
          checkins: 1,
          plans: 1,
          'plan-logs': 1,
          'pain-entries': 1,
          'form-checks': 1,
          'activity-files': 2,
          'calendar-links': 0,
        },
      });

      t.clock.advance(3_600_000);
      const second = await exportOf(fresh.cookie);
      expect([...second.entries.keys()].sort()).toEqual(names);
      // One renaming per export, across its files: a reference from one file to another must still match.
      const [idsOf1, idsOf2] = [new Map<string, string>(), new Map<string, string>()];
      for (const name of names) {
        if (name === 'manifest.json' || name === 'calendar-links.json') continue;
        if (name.startsWith('activities/')) {
          expect(second.entries.get(name)!.equals(first.entries.get(name)!), name).toBe(true);
          continue;
        }
        expect(canonicalIds(json(second.entries, name), idsOf2), name).toEqual(
          canonicalIds(json(first.entries, name), idsOf1),
        );
      }
      // The calendar address was the old account's secret: the new account makes its own.
      expect(json(second.entries, 'calendar-links.json')).toEqual([]);
      // New ids, every reference following: the runs wear the new account's shoe.
      const newRuns = await t.db.store.db
        .selectFrom('runs')
        .select(['id', 'shoe_id'])
        .where('user_id', '=', fresh.id)
        .execute();
      const newShoe = await t.db.store.db
        .selectFrom('shoes')
        .select('id')
        .where('user_id', '=', fresh.id)
        .executeTakeFirstOrThrow();
      const oldIds = (
        await t.db.store.db.selectFrom('runs').select('id').where('user_id', '=', runner.id).execute()
      ).map((r) => r.id);
      expect(newRuns.some((r) => oldIds.includes(r.id))).toBe(false);
      expect(newRuns.filter((r) => r.shoe_id !== null).every((r) => r.shoe_id === newShoe.id)).toBe(true);
      expect(newRuns.filter((r) => r.shoe_id !== null)).not.toHaveLength(0);
      // Home reads the brought-in runs.
      const listed = await call(fresh.cookie, 'GET', '/api/runs');
      expect((listed.json() as { items: unknown[] }).items).toHaveLength(3);
    });

    it('refuses an export into an account with data, and a file that is not a whole export', async () => {
      const runner = await seededRunner();
      const { res } = await exportOf(runner.cookie);
      const again = await upload(
        runner.cookie,
        [{ name: 'export.zip', data: new Uint8Array(res.rawPayload) }],
        '/api/import-account',
      );
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'account_not_empty' });

      const fresh = await t.register();
      const notZip = await upload(
        fresh.cookie,
        [{ name: 'export.zip', data: new TextEncoder().encode('hello') }],
        '/api/import-account',
      );
      expect(notZip.statusCode).toBe(422);
      expect(notZip.json()).toMatchObject({ code: 'export_invalid' });

      // A run whose distance is text: refused, naming the file and the field; nothing written.
      const entries = await zipEntries(res.rawPayload);
      const runs = json(entries, 'runs.json') as Record<string, unknown>[];
      runs[0]!.distance_m = 'far';
      entries.set('runs.json', Buffer.from(JSON.stringify(runs)));
      const bad = await upload(
        fresh.cookie,
        [{ name: 'export.zip', data: await zipOf(entries) }],
        '/api/import-account',
      );
      expect(bad.statusCode).toBe(422);
      expect(bad.json()).toMatchObject({
        code: 'export_invalid',
        message: expect.stringContaining('runs.json'),
      });

      // An activity file changed after the export: its hash gives it away.
      const tampered = await zipEntries(res.rawPayload);
      const activity = [...tampered.keys()].find((n) => n.startsWith('activities/'))!;
      tampered.set(activity, Buffer.from('not the file'));
      const damaged = await upload(
        fresh.cookie,
        [{ name: 'export.zip', data: await zipOf(tampered) }],
        '/api/import-account',
      );
      expect(damaged.json()).toMatchObject({
        code: 'export_invalid',
        message: expect.stringContaining('sha256'),
      });
      const left = await t.db.store.db
        .selectFrom('runs')
        .select('id')
        .where('user_id', '=', fresh.id)
        .execute();
      expect(left).toEqual([]);
    });

    it('deletes the account with its password: no row of it is left in any table, its sessions end', async () => {
      const runner = await seededRunner();
      const bystander = await seededRunner();
      const wrong = await call(runner.cookie, 'DELETE', '/api/me', {
        payload: { password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(await rowsOf(runner.id)).not.toEqual({});

      const gone = await call(runner.cookie, 'DELETE', '/api/me', { payload: { password: PASSWORD } });
      expect(gone.statusCode, gone.body).toBe(204);
      expect(String(gone.headers['set-cookie'])).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
      expect(await rowsOf(runner.id)).toEqual({});
      expect((await call(runner.cookie, 'GET', '/api/me')).statusCode).toBe(401);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email: runner.email, password: PASSWORD },
      });
      expect(login.statusCode).toBe(401);
      // The other runner keeps everything.
      const kept = await rowsOf(bystander.id);
      expect(kept).toMatchObject({
        runs: 3,
        activity_files: 2,
        shoes: 1,
        checkins: 1,
        plans: 1,
        plan_logs: 1,
        form_checks: 1,
      });
    });

    /** Rows per table that name the user (every table of the schema with `user_id`, and users by id). */
    async function rowsOf(userId: string): Promise<Record<string, number>> {
      const tables = await t.db.store.db.introspection.getTables();
      const counts: Record<string, number> = {};
      const ldb = t.db.store.db as unknown as Kysely<Record<string, { user_id: string; id: string }>>;
      for (const table of tables) {
        const column =
          table.name === 'users' ? 'id' : table.columns.some((c) => c.name === 'user_id') ? 'user_id' : null;
        if (!column) continue;
        const rows = await ldb.selectFrom(table.name).select(column).where(column, '=', userId).execute();
        if (rows.length > 0) counts[table.name] = rows.length;
      }
      expect(tables.map((t) => t.name)).toContain('activity_files');
      return counts;
    }
  });
}

function zipOf(entries: Map<string, Buffer>): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
  });
}
