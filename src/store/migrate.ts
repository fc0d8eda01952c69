import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Store } from './database';
import { sqliteMigrations } from './migrations/sqlite';
import { postgresMigrations } from './migrations/postgres';

export const migrationsFor = (dialect: Store['dialect']): Record<string, Migration> =>
  dialect === 'postgres' ? postgresMigrations : sqliteMigrations;

/** Brings the schema up to date; throws with the failing migration's name when one fails. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrations = migrationsFor(store.dialect);
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
