/**
 * One measured import in its own process, so its peak RSS is its own:
 * `node bin/run-ts bench/archive-import-child.ts ARCHIVE.zip DB_PATH|--decode-only`. Prints one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
// The main thread reads the archive and writes the runs; its busy time is the import's serial part.
const eluStart = performance.eventLoopUtilization();
const cpuStart = process.cpuUsage();
const mainCpuStart = mainThreadCpuS();
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
const elu = performance.eventLoopUtilization(eluStart);
const cpu = process.cpuUsage(cpuStart);
const mainCpuS = mainThreadCpuS() - mainCpuStart;
console.log(
  JSON.stringify({
    seconds,
    activities,
    imported,
    duplicates,
    failed,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    mainBusyS: elu.active / 1000,
    mainCpuS,
    cpuS: (cpu.user + cpu.system) / 1e6,
  }),
);

/**
 * CPU seconds of this process's main thread alone (reading the archive, writing the runs), from Linux's
 * per-thread counters; its busy time (event-loop utilisation) also counts waiting for a core on a busy machine.
 */
function mainThreadCpuS(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
