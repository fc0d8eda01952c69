import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type DialectName, type Store } from '../../src/store/database';
import { migrateToLatest } from '../../src/store/migrate';

const pgAdminUrl = process.env.TEST_DATABASE_URL;

if (!pgAdminUrl && process.env.CI === 'true') {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tier may not be skipped in CI.');
}

/** Every medium test runs once per dialect here: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: DialectName[] = pgAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  store: Store;
  /** The target string (file path or URL), e.g. to start a CLI against the same database. */
  target: string;
  drop(): Promise<void>;
}

/** A brand-new, migrated database of the given dialect; `drop` removes it. */
export async function freshStore(dialect: DialectName, migrate = true): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'backstride-test-'));
    const target = join(dir, 'test.db');
    const store = openStore(target);
    if (migrate) await migrateToLatest(store);
    return {
      store,
      target,
      drop: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!pgAdminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `backstride_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  const target = url.toString();
  const store = openStore(target);
  if (migrate) await migrateToLatest(store);
  return {
    store,
    target,
    drop: async () => {
      await store.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (!pgAdminUrl) {
  console.warn(
    'TEST_DATABASE_URL is not set: the PostgreSQL tier of the medium tests is skipped (SQLite only).',
  );
}
