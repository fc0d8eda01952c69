import type { Migration } from 'kysely';
import * as m0001 from './2026-11-26-0001-accounts';

/** PostgreSQL migrations, statically imported; names match the SQLite set exactly. Never edit a landed one. */
export const postgresMigrations: Record<string, Migration> = {
  '2026-11-26-0001-accounts': m0001,
};
