import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** One settled file of an import, as its ledger keeps it. */
export interface LedgerEntry<R> {
  key: string;
  seq: number;
  result: R;
}

/**
 * An import's ledger: the files it has settled, each written in the transaction that stores its runs
 * (pass that transaction as `db`), so what the ledger says is done is exactly what is committed.
 */
export function importFilesRepository<R>(db: Kysely<Database>) {
  return {
    /** Adds entries, or replaces those of the same key (a result changed by a later file). */
    async put(importId: string, entries: LedgerEntry<R>[]): Promise<void> {
      for (const e of entries) {
        await db
          .insertInto('import_files')
          .values({ import_id: importId, key: e.key, seq: e.seq, result_json: JSON.stringify(e.result) })
          .onConflict((oc) =>
            oc
              .columns(['import_id', 'key'])
              .doUpdateSet((eb) => ({ result_json: eb.ref('excluded.result_json') })),
          )
          .execute();
      }
    },
    /** Every entry of the import, in the order the files were settled. */
    async list(importId: string): Promise<LedgerEntry<R>[]> {
      const rows = await db
        .selectFrom('import_files')
        .select(['key', 'seq', 'result_json'])
        .where('import_id', '=', importId)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({ key: r.key, seq: r.seq, result: JSON.parse(r.result_json) as R }));
    },
    async deleteFor(importId: string): Promise<void> {
      await db.deleteFrom('import_files').where('import_id', '=', importId).execute();
    },
  };
}
