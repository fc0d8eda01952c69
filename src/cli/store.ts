import { openStore, type Store } from '../store/database';
import { resolveDatabaseTarget } from '../store/location';
import { migrateToLatest } from '../store/migrate';
import type { CliContext } from './context';

/**
 * Opens the database a command names (`--db`, else DATABASE_URL, else the default file), brings its schema up to
 * date, runs `work` and closes it whatever happens, so no command leaves a connection or a lock behind.
 * @example await withStore(ctx, options.db, async (store) => listUsers(createRepositories(store.db)));
 */
export async function withStore<T>(
  ctx: CliContext,
  db: string | undefined,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = openStore(resolveDatabaseTarget(ctx.io.env, ctx.io.cwd, db));
  try {
    await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}
