import type { Migration } from 'kysely';
import * as m0001 from './2026-11-26-0001-accounts';

/** SQLite migrations, statically imported; names match the PostgreSQL set exactly. Never edit a landed one. */
export const sqliteMigrations: Record<string, Migration> = {
  '2026-11-26-0001-accounts': m0001,
};
