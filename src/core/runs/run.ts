import { isIndoorSubSport, type Activity, type Lap } from '../activity/activity';

export const SURFACES = ['road', 'trail', 'track', 'treadmill', 'grass', 'mixed'] as const;
export type Surface = (typeof SURFACES)[number];

/** A stored activity as the product uses it: whole metres and seconds, plus what the runner added. */
export interface Run {
  id: string;
  startTime: string;
  utcOffsetS: number | null;
  sport: string;
  subSport: string | null;
  indoor: boolean;
  name: string | null;
  distanceM: number;
  elapsedS: number;
  timerS: number | null;
  gpsDistanceM: number | null;
  ascentM: number | null;
  avgHeartRate: number | null;
  avgCadenceSpm: number | null;
  avgStepLengthMm: number | null;
  avgVerticalOscillationMm: number | null;
  avgGroundContactMs: number | null;
  surface: Surface | null;
  /** The runner's shoe it was run in (see src/core/shoes); null when none. */
  shoeId: string | null;
  /** The runner's own words about the run (how the back felt, the route); null until they write one. */
  note: string | null;
  source: 'import' | 'manual';
  format: Activity['format'] | null;
  device: string | null;
  recovered: string | null;
  contentHash: string | null;
  laps: Lap[];
  createdAt: string;
}

/** What the runner may change on a stored run (the edit form, PATCH /api/runs/:id). */
export type RunEdits = Pick<Run, 'surface' | 'shoeId' | 'name' | 'note' | 'sport'>;

/** What an export knows beside the file (Strava's activities.csv). */
export interface RunMeta {
  name?: string;
  stravaType?: string;
  /** The export's name for the shoe (Strava's "Activity Gear"); the import finds or creates that shoe. */
  gear?: string;
}

const STRAVA_TYPES: Record<string, { sport: string; subSport?: string }> = {
  run: { sport: 'running' },
  'trail run': { sport: 'running', subSport: 'trail' },
  'virtual run': { sport: 'running', subSport: 'treadmill' },
  walk: { sport: 'walking' },
  hike: { sport: 'hiking' },
  ride: { sport: 'cycling' },
  'virtual ride': { sport: 'cycling', subSport: 'indoor_cycling' },
  swim: { sport: 'swimming' },
};

/**
 * The sport for a run: the file's own, unless it only says "generic" and the export names one.
 * @example sportOf({ sport: 'generic', subSport: 'generic' }, { stravaType: 'Run' }) // { sport: 'running', subSport: 'generic' }
 */
export function sportOf(
  a: Pick<Activity, 'sport' | 'subSport'>,
  meta?: RunMeta,
): { sport: string; subSport: string } {
  const fromExport = meta?.stravaType ? STRAVA_TYPES[meta.stravaType.trim().toLowerCase()] : undefined;
  if (a.sport !== 'generic' || !fromExport) return { sport: a.sport, subSport: a.subSport };
  return { sport: fromExport.sport, subSport: fromExport.subSport ?? a.subSport };
}

/**
 * The surface when the file says it (treadmill, trail, track); otherwise unknown until the runner says.
 * @example defaultSurface({ indoor: true, subSport: 'treadmill' }) // 'treadmill'
 */
export function defaultSurface(a: { indoor: boolean; subSport: string | null }): Surface | null {
  if (a.subSport === 'treadmill' || (a.indoor && a.subSport !== null && isIndoorSubSport(a.subSport)))
    return 'treadmill';
  if (a.subSport === 'trail') return 'trail';
  if (a.subSport === 'track') return 'track';
  return null;
}

const round = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : Math.round(v));
const tenth = (v: number | null): number | null =>
  v === null || !Number.isFinite(v) ? null : Math.round(v * 10) / 10;

/**
 * A decoded activity as a run to store.
 * @example runFromActivity(activity, { id: 'r1', createdAt: now.toISOString(), contentHash: 'ab…' }).distanceM
 */
export function runFromActivity(
  a: Activity,
  ctx: { id: string; createdAt: string; contentHash: string | null; meta?: RunMeta },
): Run {
  const { sport, subSport } = sportOf(a, ctx.meta);
  const lastT = a.series.t.length > 0 ? a.series.t[a.series.t.length - 1]! : 0;
  const device = a.device
    ? [a.device.manufacturer, a.device.product].filter(Boolean).join(' ') || null
    : null;
  return {
    id: ctx.id,
    startTime: a.startTime,
    utcOffsetS: a.utcOffsetS,
    sport,
    subSport,
    indoor: a.indoor,
    name: ctx.meta?.name?.trim() || null,
    distanceM: round(a.distanceM) ?? 0,
    elapsedS: round(a.elapsedS) ?? round(a.timerS) ?? Math.max(0, Math.round(lastT)),
    timerS: round(a.timerS),
    gpsDistanceM: round(a.gpsDistanceM),
    ascentM: round(a.ascentM),
    avgHeartRate: round(a.avgHeartRate),
    avgCadenceSpm: tenth(a.avgCadenceSpm),
    avgStepLengthMm: round(a.avgStepLengthMm),
    avgVerticalOscillationMm: tenth(a.avgVerticalOscillationMm),
    avgGroundContactMs: round(a.avgGroundContactMs),
    surface: defaultSurface({ indoor: a.indoor, subSport }),
    shoeId: null,
    note: null,
    source: 'import',
    format: a.format,
    device,
    recovered: a.recovered?.reason ?? null,
    contentHash: ctx.contentHash,
    laps: a.laps,
    createdAt: ctx.createdAt,
  };
}

export interface ManualRunInput {
  startTime: string;
  distanceM: number;
  elapsedS: number;
  indoor: boolean;
  sport?: string;
  subSport?: string | null;
  surface?: Surface | null;
  shoeId?: string | null;
  name?: string | null;
}

/**
 * A run the runner typed in (a treadmill session, a run without a watch).
 * @example manualRun({ startTime, distanceM: 5000, elapsedS: 1800, indoor: true }, ctx).surface // 'treadmill'
 */
export function manualRun(input: ManualRunInput, ctx: { id: string; createdAt: string }): Run {
  const subSport = input.subSport ?? (input.indoor ? 'treadmill' : null);
  return {
    id: ctx.id,
    startTime: input.startTime,
    utcOffsetS: null,
    sport: input.sport ?? 'running',
    subSport,
    indoor: input.indoor,
    name: input.name?.trim() || null,
    distanceM: Math.round(input.distanceM),
    elapsedS: Math.round(input.elapsedS),
    timerS: null,
    gpsDistanceM: null,
    ascentM: null,
    avgHeartRate: null,
    avgCadenceSpm: null,
    avgStepLengthMm: null,
    avgVerticalOscillationMm: null,
    avgGroundContactMs: null,
    surface: input.surface !== undefined ? input.surface : defaultSurface({ indoor: input.indoor, subSport }),
    shoeId: input.shoeId ?? null,
    note: null,
    source: 'manual',
    format: null,
    device: null,
    recovered: null,
    contentHash: null,
    laps: [],
    createdAt: ctx.createdAt,
  };
}
