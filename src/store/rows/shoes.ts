/** The one mapping between a `shoes` row and a runner's shoe, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { ShoesTable } from '../schema';
import { SHOE_SPORTS, type ShoeRecord } from '../../core/shoes/shoe';
import { nullableEnumColumn } from './columns';

const defaultFor = nullableEnumColumn('shoes.default_for', SHOE_SPORTS);

export const SHOE_COLUMNS = [
  'id',
  'brand',
  'model',
  'nickname',
  'start_km',
  'retire_km',
  'retired_at',
  'default_for',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ShoesTable)[];

export type ShoeRow = Pick<Selectable<ShoesTable>, (typeof SHOE_COLUMNS)[number]>;

/** @example shoeFromRow(row).startKm // 120 */
export const shoeFromRow = (r: ShoeRow): ShoeRecord => ({
  id: r.id,
  brand: r.brand,
  model: r.model,
  nickname: r.nickname,
  startKm: Number(r.start_km),
  retireKm: Number(r.retire_km),
  retiredAt: r.retired_at,
  defaultFor: defaultFor(r.default_for),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const shoeToRow = (userId: string, s: ShoeRecord): Insertable<ShoesTable> => ({
  id: s.id,
  user_id: userId,
  brand: s.brand,
  model: s.model,
  nickname: s.nickname,
  start_km: s.startKm,
  retire_km: s.retireKm,
  retired_at: s.retiredAt,
  default_for: s.defaultFor,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

/** The columns a change to a shoe sets; what it leaves out stays. */
export function shoeChangesToRow(
  changes: Partial<Omit<ShoeRecord, 'id' | 'createdAt'>>,
): Partial<Omit<ShoesTable, 'id' | 'user_id' | 'created_at'>> {
  const set: Partial<Omit<ShoesTable, 'id' | 'user_id' | 'created_at'>> = {};
  if (changes.brand !== undefined) set.brand = changes.brand;
  if (changes.model !== undefined) set.model = changes.model;
  if (changes.nickname !== undefined) set.nickname = changes.nickname;
  if (changes.startKm !== undefined) set.start_km = changes.startKm;
  if (changes.retireKm !== undefined) set.retire_km = changes.retireKm;
  if (changes.retiredAt !== undefined) set.retired_at = changes.retiredAt;
  if (changes.defaultFor !== undefined) set.default_for = changes.defaultFor;
  if (changes.updatedAt !== undefined) set.updated_at = changes.updatedAt;
  return set;
}
