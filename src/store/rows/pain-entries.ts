/** The one mapping between a `pain_entries` row and a diary entry, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { PainEntriesTable } from '../schema';
import {
  EASED_BY,
  PAIN_AREAS,
  PAIN_WHEN,
  WORSENED_BY,
  type EasedBy,
  type PainArea,
  type PainEntry,
  type WorsenedBy,
} from '../../core/pain/pain-entry';
import { enumColumn, jsonColumn } from './columns';

const timing = enumColumn('pain_entries.timing', PAIN_WHEN);
const areasCol = jsonColumn<string[]>();
const area = enumColumn('pain_entries.areas_json', PAIN_AREAS);
const eased = enumColumn('pain_entries.eased_by_json', EASED_BY);
const worsened = enumColumn('pain_entries.worsened_by_json', WORSENED_BY);

/** @example painEntryFromRow(row).areas // ['low_back_central'] */
export const painEntryFromRow = (r: Selectable<PainEntriesTable>): PainEntry => ({
  id: r.id,
  at: r.at,
  score: Number(r.score),
  areas: areasCol.read(r.areas_json).map(area) satisfies PainArea[],
  when: timing(r.timing),
  easedBy: areasCol.read(r.eased_by_json).map(eased) satisfies EasedBy[],
  worsenedBy: areasCol.read(r.worsened_by_json).map(worsened) satisfies WorsenedBy[],
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const painEntryToRow = (userId: string, e: PainEntry): Insertable<PainEntriesTable> => ({
  id: e.id,
  user_id: userId,
  at: e.at,
  score: e.score,
  areas_json: areasCol.write(e.areas),
  timing: e.when,
  eased_by_json: areasCol.write(e.easedBy),
  worsened_by_json: areasCol.write(e.worsenedBy),
  note: e.note,
  created_at: e.createdAt,
  updated_at: e.updatedAt,
});
