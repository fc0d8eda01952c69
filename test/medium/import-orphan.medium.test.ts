import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../src/app/import-status';
import { bigGpx } from '../support/heavy-files';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { multipart } from '../support/multipart';
import { writeZip } from '../support/importers/zip-writer';
import { createTestApp, ORIGIN } from '../support/test-app';

/**
 * PostgreSQL: an instance that stops after queuing an import (its row `processing`, its upload stored)
 * but before sending its pg-boss job leaves an import that no job will run. Any worker's sweep finds
 * it once it has been quiet for a lease, sends its job again, and the import ends as usual.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LEASE_MS = 1_000;

describe.runIf(DIALECTS.includes('postgres'))(
  'an import queued without its job [postgres]',
  { timeout: 90_000 },
  () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await freshStore('postgres');
    });
    afterAll(async () => store?.drop());

    it('is found by a worker sweep and run to its end', async () => {
      // Instance A takes uploads only, and falls right after queuing: its job is never sent.
      const a = await createTestApp('postgres', {
        store,
        config: { jobs: { workers: false, leaseMs: LEASE_MS } },
      });
      const { cookie } = await a.register();
      a.app.importJobs.service.queue.send = () => Promise.reject(new Error('the instance stopped here'));
      const archive = writeZip(
        Array.from({ length: 3 }, (_, i) => ({
          name: `export/activities/${i + 1}.gpx`,
          data: bigGpx(`2026-09-0${i + 1}T06:00:00Z`, 300),
          method: 'deflate' as const,
        })),
      );
      const body = multipart([{ name: 'export.zip', data: archive }]);
      const res = await a.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: { cookie, origin: ORIGIN, ...body.headers },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(500);
      await a.app.close();
      const row = await store.store.db
        .selectFrom('imports')
        .select(['id', 'state', 'lease_owner'])
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'processing', lease_owner: null });
      const jobs = await store.store.db
        .selectFrom('pgboss.job' as 'imports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(jobs.n)).toBe(0);

      // Instance B runs workers: its sweep (every half-lease) sends the job again.
      const b = await createTestApp('postgres', {
        store,
        config: { jobs: { workers: true, leaseMs: LEASE_MS } },
      });
      try {
        let state = '';
        for (let i = 0; i < 300 && state !== 'done'; i++) {
          await sleep(100);
          const r = await store.store.db
            .selectFrom('imports')
            .select('status_json')
            .where('id', '=', row.id)
            .executeTakeFirstOrThrow();
          state = (JSON.parse(r.status_json) as ImportStatus).state;
        }
        expect(state).toBe('done');
        const runs = await store.store.db
          .selectFrom('runs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(runs.n)).toBe(3);
      } finally {
        await b.close();
      }
    });
  },
);
