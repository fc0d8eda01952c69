/**
 * Shoes to look at soon, for the dashboard: those from 500 km on (`shoe_check`) or past the distance the
 * runner set to retire them (`shoe_replace`), most worn first. Retired shoes are left out: they are done with.
 */
import { SHOE_RULES, type ShoeStatus } from './shoes';

export interface ShoeNearLimit {
  id: string;
  name: string;
  distanceKm: number;
  retireKm: number;
  /** `replace` past the retire distance, `check` from 500 km. */
  level: 'check' | 'replace';
}

/**
 * @example shoesNearLimit([{ id: 'a', name: 'Pegasus', distanceKm: 512, retireKm: 800, inUse: true, recentM: 0, retired: false }])[0]?.level // 'check'
 */
export function shoesNearLimit(shoes: readonly ShoeStatus[]): ShoeNearLimit[] {
  return shoes
    .filter((s) => !s.retired && (s.distanceKm >= SHOE_RULES.checkKm || s.distanceKm >= s.retireKm))
    .map((s) => ({
      id: s.id,
      name: s.name,
      distanceKm: s.distanceKm,
      retireKm: s.retireKm,
      level: s.distanceKm >= s.retireKm ? ('replace' as const) : ('check' as const),
    }))
    .sort((a, b) => b.distanceKm / b.retireKm - a.distanceKm / a.retireKm);
}
