import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/database';
import { migrateToLatest } from '../store/migrate';
import { createRepositories } from '../store/repositories';
import { createSmtpMailer } from './smtp-mailer';
import { buildApp } from './app';
import type { ServerSettings } from '../config/server-settings';
import { systemClock } from './deps';

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates it, and listens: what `backstride serve` and `npm start` run. */
export async function startServer(settings: ServerSettings): Promise<RunningServer> {
  const store = openStore(settings.database);
  try {
    await migrateToLatest(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  // Imports a restart cut off are not failed: they are jobs, resumed by a worker (src/app/import-worker.ts).
  const mailer = settings.app.mail ? createSmtpMailer(settings.app.mail) : undefined;
  const app = await buildApp({
    config: settings.app,
    store,
    repos: createRepositories(store.db),
    clock: systemClock,
    ...(mailer ? { mailer } : {}),
  });
  const address = await app.listen({ port: settings.port, host: settings.host });
  const pruner = setInterval(() => {
    const now = systemClock.now();
    const repos = createRepositories(store.db);
    void repos.sessions.deleteExpired(now.toISOString()).catch(() => undefined);
    void repos.passwordResets.deleteExpired(now.toISOString()).catch(() => undefined);
    void repos.throttleHits.deleteExpired(now.getTime()).catch(() => undefined);
  }, 60 * 60_000);
  pruner.unref();
  return {
    app,
    store,
    url: address,
    close: async () => {
      clearInterval(pruner);
      await app.close();
      mailer?.close();
      await store.close();
    },
  };
}
