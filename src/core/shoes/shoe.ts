/**
 * A runner's pair of shoes as the garage keeps it: what it is called, how far it had gone before it came
 * here, when to replace it, whether it is retired, and the sport it is the default for. Pure rules: the
 * display name, the limits on what a runner types, which shoe a new run gets, and a shoe's status.
 */
import { SHOE_RULES } from '../load/shoes';

/** Sports a shoe can be the default for: new runs of that sport get it. */
export const SHOE_SPORTS = ['running', 'trail_running', 'walking', 'hiking'] as const;
export type ShoeSport = (typeof SHOE_SPORTS)[number];

export interface ShoeRecord {
  id: string;
  brand: string;
  /** Empty when the runner gave none. */
  model: string;
  nickname: string | null;
  /** Kilometres on the shoe before its first run here. */
  startKm: number;
  /** When to replace it, km. */
  retireKm: number;
  /** ISO time it was retired; null while in use. */
  retiredAt: string | null;
  /** The sport whose new runs get this shoe; never set on a retired shoe. */
  defaultFor: ShoeSport | null;
  createdAt: string;
  updatedAt: string;
}

/** What a runner may type about a shoe: lengths in characters, distances in km. */
export const SHOE_LIMITS = {
  brandMax: 60,
  modelMax: 80,
  nicknameMax: 60,
  maxStartKm: 10_000,
  minRetireKm: 100,
  maxRetireKm: 10_000,
} as const;

/**
 * Runs that start more than this before a shoe was added do not get it as their default: a history imported
 * after setting up the garage is not counted on today's pair (its start distance already covers its past).
 */
export const DEFAULT_SHOE_GRACE_MS = 7 * 24 * 3600 * 1000;

/**
 * The name a runner sees: the nickname, else brand and model.
 * @example shoeDisplayName({ brand: 'Nike', model: 'Pegasus 40', nickname: null }) // 'Nike Pegasus 40'
 * @example shoeDisplayName({ brand: 'Nike', model: 'Pegasus 40', nickname: 'Blue pair' }) // 'Blue pair'
 */
export function shoeDisplayName(shoe: Pick<ShoeRecord, 'brand' | 'model' | 'nickname'>): string {
  const nickname = shoe.nickname?.trim();
  if (nickname) return nickname;
  return [shoe.brand.trim(), shoe.model.trim()].filter(Boolean).join(' ');
}

/** Case and spacing do not make two names different. */
const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The runner's shoe called `name` (by display name, or by brand and model), if any: how an export's gear
 * column finds the pair it names.
 * @example findShoeByName(shoes, 'nike pegasus 40')?.id
 */
export function findShoeByName<S extends Pick<ShoeRecord, 'brand' | 'model' | 'nickname'>>(
  shoes: readonly S[],
  name: string,
): S | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return shoes.find((s) => nameKey(shoeDisplayName(s)) === key || nameKey(`${s.brand} ${s.model}`) === key);
}

/**
 * The sport a run counts as for default shoes: a trail run is `trail_running`, road and treadmill are
 * `running`; null for sports that take no shoe default (rides, swims).
 * @example shoeSportOf({ sport: 'running', subSport: 'trail' }) // 'trail_running'
 */
export function shoeSportOf(run: { sport: string; subSport: string | null }): ShoeSport | null {
  if (run.sport === 'running' && run.subSport === 'trail') return 'trail_running';
  return (SHOE_SPORTS as readonly string[]).includes(run.sport) ? (run.sport as ShoeSport) : null;
}

/**
 * The shoe a new run gets when none is named: the active default for its sport (a trail run falls back to
 * the running default), only if the run starts no earlier than a week before the shoe was added.
 * @example defaultShoeFor(shoes, { sport: 'running', subSport: null, startTime: '2026-12-01T07:00:00Z' })
 */
export function defaultShoeFor<S extends Pick<ShoeRecord, 'id' | 'defaultFor' | 'retiredAt' | 'createdAt'>>(
  shoes: readonly S[],
  run: { sport: string; subSport: string | null; startTime: string },
): S | null {
  const sport = shoeSportOf(run);
  if (sport === null) return null;
  const wanted: ShoeSport[] = sport === 'trail_running' ? ['trail_running', 'running'] : [sport];
  const start = Date.parse(run.startTime);
  for (const want of wanted) {
    const shoe = shoes.find((s) => s.defaultFor === want && s.retiredAt === null);
    if (!shoe) continue;
    const since = Date.parse(shoe.createdAt) - DEFAULT_SHOE_GRACE_MS;
    return Number.isFinite(start) && start >= since ? shoe : null;
  }
  return null;
}

export type ShoeWear = 'ok' | 'check' | 'replace';

/**
 * Where a shoe stands against the 500 km check and its own retire distance.
 * @example shoeWear(520, 800) // 'check'
 */
export function shoeWear(distanceKm: number, retireKm: number): ShoeWear {
  if (distanceKm >= retireKm) return 'replace';
  if (distanceKm >= SHOE_RULES.checkKm) return 'check';
  return 'ok';
}
