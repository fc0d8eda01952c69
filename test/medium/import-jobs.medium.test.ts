import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../src/app/import-status';
import { uploadChunksRepository } from '../../src/store/repositories/upload-chunks';
import { bigGpx } from '../support/heavy-files';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { multipart } from '../support/multipart';
import { writeZip } from '../support/importers/zip-writer';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { expectCountsAddUp } from '../support/imports';

/**
 * Issue 13, item 1: an import is a durable job. Its upload waits in the database and is deleted when
 * the import ends; an import whose server stops in the middle is resumed by the next one on the same
 * database, skipping the files already committed, with every file counted once and no run twice.
 */

const FILES = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let archive: Buffer;

beforeAll(() => {
  archive = writeZip(
    Array.from({ length: FILES }, (_, i) => ({
      name: `export/activities/${i + 1}.gpx`,
      data: bigGpx(
        `2026-08-${String((i % 28) + 1).padStart(2, '0')}T${String(5 + Math.floor(i / 28)).padStart(2, '0')}:00:00Z`,
        6_000,
      ),
      method: 'deflate' as const,
    })),
  );
});

async function upload(t: TestApp, cookie: string, name: string, data: Uint8Array): Promise<string> {
  const body = multipart([{ name, data }]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: { cookie, origin: ORIGIN, ...body.headers },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(202);
  return (res.json() as ImportStatus).id;
}

async function status(t: TestApp, cookie: string, id: string): Promise<ImportStatus> {
  const res = await t.app.inject({ url: `/api/imports/${id}`, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json() as ImportStatus;
}

const count = async (store: TestStore, table: 'runs' | 'import_files' | 'upload_chunks') =>
  Number(
    (
      await store.store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const dialect of DIALECTS) {
  describe(`imports as durable jobs [${dialect}]`, { timeout: 120_000 }, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await freshStore(dialect);
    });
    afterAll(async () => store?.drop());

    it('keeps the upload in the database until its import ends, then deletes it and the ledger', async () => {
      const t = await createTestApp(dialect, { store });
      try {
        const { cookie } = await t.register();
        const id = await upload(t, cookie, 'one.gpx', bigGpx('2026-07-01T06:00:00Z', 200));
        await t.app.importJobs.idle();
        expect(await status(t, cookie, id)).toMatchObject({ state: 'done', imported: 1, activities: 1 });
        expect(await uploadChunksRepository(store.store.db).count()).toBe(0);
        expect(await count(store, 'import_files')).toBe(0);
        const row = await store.store.db
          .selectFrom('imports')
          .select(['lease_owner', 'lease_until', 'attempts'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ lease_owner: null, lease_until: null, attempts: 1 });
      } finally {
        await t.close();
      }
    });

    it('resumes an import its server stopped in the middle, skipping what was committed', async () => {
      const before = await count(store, 'runs');
      const first = await createTestApp(dialect, { store });
      const { cookie, id: userId } = await first.register();
      const id = await upload(first, cookie, 'export.zip', archive);
      // Stop the server once some runs, not all, are committed.
      for (let i = 0; i < 2_000 && (await count(store, 'runs')) - before < 3; i++) await sleep(10);
      await first.app.close();
      const committed = (await count(store, 'runs')) - before;
      expect(committed).toBeGreaterThanOrEqual(3);
      expect(committed).toBeLessThan(FILES);
      const ledger = await count(store, 'import_files');
      expect(ledger).toBeGreaterThanOrEqual(committed);
      const row = await store.store.db
        .selectFrom('imports')
        .select(['state', 'lease_owner', 'attempts'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      // Given back for the next worker, not failed; the start that was cut short does not count.
      expect(row).toEqual({ state: 'processing', lease_owner: null, attempts: 0 });
      expect(await uploadChunksRepository(store.store.db).count()).toBeGreaterThan(0);

      const second = await createTestApp(dialect, { store });
      try {
        await second.app.importJobs.idle();
        const login = await second.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { origin: ORIGIN },
          payload: {
            email: (
              await store.store.db
                .selectFrom('users')
                .select('email')
                .where('id', '=', userId)
                .executeTakeFirstOrThrow()
            ).email,
            password: 'a long enough secret',
          },
        });
        expect(login.statusCode).toBe(200);
        const cookie2 = String(login.headers['set-cookie']).split(';')[0]!;
        const done = await status(second, cookie2, id);
        expect(done).toMatchObject({
          state: 'done',
          imported: FILES,
          duplicates: 0,
          failed: 0,
          activities: FILES,
        });
        expectCountsAddUp(done);
        expect((await count(store, 'runs')) - before).toBe(FILES);
        const starts = await store.store.db
          .selectFrom('runs')
          .select('start_time')
          .where('user_id', '=', userId)
          .execute();
        expect(new Set(starts.map((r) => r.start_time)).size).toBe(FILES);
        expect(await uploadChunksRepository(store.store.db).count()).toBe(0);
        expect(await count(store, 'import_files')).toBe(0);
      } finally {
        await second.close();
      }
    });
  });
}
