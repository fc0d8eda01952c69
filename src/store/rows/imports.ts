/** The one mapping between an `imports` row and an import's status document, used by every query of the table. */
import type { Insertable } from 'kysely';
import type { ImportsTable } from '../schema';
import { jsonColumn } from './columns';

/** What the store needs to know of a status document; the app owns the rest of its shape. */
export interface StoredImportStatus {
  state: ImportsTable['state'];
}

export function importRows<S extends StoredImportStatus>() {
  const status = jsonColumn<S>();
  return {
    fromRow: (r: Pick<ImportsTable, 'status_json'>): S => status.read(r.status_json),
    toRow: (
      userId: string,
      id: string,
      filename: string,
      nowIso: string,
      s: S,
    ): Insertable<ImportsTable> => ({
      id,
      user_id: userId,
      state: s.state,
      filename,
      created_at: nowIso,
      updated_at: nowIso,
      status_json: status.write(s),
    }),
    /** The columns a saved status changes. */
    toUpdate: (nowIso: string, s: S): Pick<ImportsTable, 'state' | 'updated_at' | 'status_json'> => ({
      state: s.state,
      updated_at: nowIso,
      status_json: status.write(s),
    }),
  };
}
