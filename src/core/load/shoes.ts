/**
 * Shoe distance (the article: replace shoes every 500–800 km; clinical evidence §3: a rule of thumb, and
 * running in more than one pair goes with fewer injuries).
 *
 * - A shoe's distance is its start distance plus every run assigned to it.
 * - `shoe_check` from 500 km, `shoe_replace` from the shoe's retire distance (800 km unless set), for shoes
 *   in use: run in this week or the last two complete weeks, and not retired (a retired pair is done with).
 * - `shoe_km`: the distance of the shoe not retired that carried the most running over the last two
 *   complete weeks.
 * - Rotation: more than one pair used over those two weeks.
 */
import { km, oneDecimal, type LoadAlert } from './load-alert';
import { inWeeks, RECENT_WEEKS, type ReportWindow } from './report-window';

export const SHOE_RULES = { checkKm: 500, retireKm: 800 } as const;

export interface Shoe {
  id: string;
  name: string;
  /** Kilometres on the shoe before its first run here. */
  startKm?: number;
  /** When to replace it, km; default 800. */
  retireKm?: number;
  /** Retired from the garage: still counted, never alerted about. */
  retired?: boolean;
}

export interface ShoeStatus {
  id: string;
  name: string;
  distanceKm: number;
  retireKm: number;
  retired: boolean;
  /** Run in this week or the last two complete weeks. */
  inUse: boolean;
  /** Running on it over the last two complete weeks, metres. */
  recentM: number;
}

export interface ShoeReport {
  shoes: ShoeStatus[];
  /** Distance of the pair not retired used most over the last two complete weeks, km; null when none. */
  shoeKm: number | null;
  /** More than one pair used over the last two complete weeks. */
  rotation: boolean;
  alerts: LoadAlert[];
}

/**
 * Each shoe's distance and the alerts for those in use. Runs name a shoe by id or by name; a name that is
 * not in `shoes` counts as a shoe of its own, from 0 km.
 * @example shoeReport(window, [{ id: 'peg', name: 'Pegasus', startKm: 450 }]).shoes[0]?.distanceKm
 */
export function shoeReport(window: ReportWindow, shoes: readonly Shoe[]): ShoeReport {
  const byKey = new Map<string, { shoe: Shoe; metres: number; recentM: number; inUse: boolean }>();
  for (const shoe of shoes) byKey.set(shoe.id, { shoe, metres: 0, recentM: 0, inUse: false });
  for (const shoe of shoes) if (!byKey.has(shoe.name)) byKey.set(shoe.name, byKey.get(shoe.id)!);
  const recent = inWeeks(RECENT_WEEKS);
  for (const placed of window.runs) {
    const key = placed.run.shoe;
    if (key === null || key === '') continue;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { shoe: { id: key, name: key }, metres: 0, recentM: 0, inUse: false };
      byKey.set(key, entry);
    }
    entry.metres += placed.run.distanceM;
    if (recent(placed)) entry.recentM += placed.run.distanceM;
    if (recent(placed) || placed.weeksAgo === -1) entry.inUse = true;
  }
  const statuses = [...new Set(byKey.values())].map(({ shoe, metres, recentM, inUse }): ShoeStatus => ({
    id: shoe.id,
    name: shoe.name,
    distanceKm: oneDecimal((shoe.startKm ?? 0) + metres / 1000),
    retireKm: shoe.retireKm ?? SHOE_RULES.retireKm,
    retired: shoe.retired ?? false,
    inUse,
    recentM,
  }));
  const alerts = statuses.filter((s) => s.inUse && !s.retired).flatMap((s) => shoeAlert(s) ?? []);
  const used = statuses.filter((s) => s.recentM > 0).sort((a, b) => b.recentM - a.recentM);
  const current = used.find((s) => !s.retired);
  return { shoes: statuses, shoeKm: current?.distanceKm ?? null, rotation: used.length > 1, alerts };
}

function shoeAlert(s: ShoeStatus): LoadAlert | null {
  const facts = { shoeId: s.id, shoe: s.name, distanceKm: s.distanceKm, retireKm: s.retireKm };
  if (s.distanceKm >= s.retireKm) {
    return {
      code: 'shoe_replace',
      message:
        `Your ${s.name} have ${km(s.distanceKm * 1000)} on them, past the ${s.retireKm} km you set to replace them. ` +
        'Worn shoes can change how you run; a new pair is due.',
      ...facts,
    };
  }
  if (s.distanceKm >= SHOE_RULES.checkKm) {
    return {
      code: 'shoe_check',
      message:
        `Your ${s.name} have ${km(s.distanceKm * 1000)} on them. Shoes usually last 500 to 800 km: ` +
        'look at the soles and the cushioning, and plan a new pair when they feel flat or worn.',
      ...facts,
    };
  }
  return null;
}
