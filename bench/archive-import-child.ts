/**
 * One measured import in its own process, so its peak RSS is its own:
 * `node bin/run-ts bench/archive-import-child.ts ARCHIVE.zip DB_PATH|--decode-only`. Prints one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { createDecodePool, TASKS_PER_THREAD } from '../src/importers/decode-pool';
import { importSources } from '../src/importers/import-batch';
import { createImporter } from '../src/app/import-pipeline';
import { resolveImportSettings } from '../src/config/import-settings';
import { newImportStatus } from '../src/app/import-status';
import { openStore } from '../src/store/database';
import { migrateToLatest } from '../src/store/migrate';

const [zip, target] = process.argv.slice(2);
if (!zip || !target) throw new Error('usage: archive-import-child.ts ARCHIVE.zip DB_PATH|--decode-only');

const started = performance.now();
let activities = 0;
let failed = 0;
let imported = 0;
let duplicates = 0;
const settings = resolveImportSettings(process.env);
if (target === '--decode-only') {
  // The same reading and decode threads as the import, without the store.
  const pool = createDecodePool({
    threads: settings.decodeThreads,
    memoryMb: settings.decodeMemoryMb,
    fileTimeoutMs: settings.fileTimeoutMs,
  });
  for await (const event of importSources([zip], {
    decode: pool.decode,
    window: settings.decodeThreads * TASKS_PER_THREAD + 1,
  })) {
    if (event.type === 'file') {
      if (event.ok) activities += event.activities.length;
      else failed++;
    }
  }
  await pool.close();
} else {
  const store = openStore(target);
  await migrateToLatest(store);
  const userId = randomUUID();
  await store.db
    .insertInto('users')
    .values({
      id: userId,
      email: `bench-${userId}@example.com`,
      password_hash: 'x',
      created_at: new Date().toISOString(),
    })
    .execute();
  const importer = createImporter({ db: store.db, now: () => new Date(), settings });
  const status = await importer.run({
    userId,
    status: newImportStatus(randomUUID(), zip, new Date().toISOString()),
    sources: [{ path: zip }],
  });
  await importer.close();
  const count = await store.db
    .selectFrom('runs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  activities = Number(count?.n ?? 0);
  imported = status.imported;
  duplicates = status.duplicates;
  failed = status.failed;
  await store.close();
}
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    seconds,
    activities,
    imported,
    duplicates,
    failed,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
