/**
 * The shape of an account export (`backstride-export.zip`): a manifest, one JSON file per table of the
 * account's records, and the original activity files under `activities/`. Each record is the table's row as
 * stored, without `user_id` (the account it goes into decides that); columns holding JSON are given parsed,
 * a run's compressed series as its channels. Every file is checked against these schemas when an export is
 * brought back in.
 */
import { z } from 'zod';
import { GOAL_MAX } from './settings';

export const EXPORT_FORMAT = 'backstride-export';
export const EXPORT_VERSION = 1;

const id = z.string().min(1).max(100);
const iso = z.string().min(1).max(40);
const int = z.number().int();
const flag = z.union([z.literal(0), z.literal(1)]);
const text = (max: number) => z.string().max(max);

export const exportManifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  account: z.object({ email: text(320), createdAt: iso }),
  /** Records per file, and the activity files: what the archive must hold. */
  counts: z.record(z.string(), int.nonnegative()),
});
export type ExportManifest = z.infer<typeof exportManifestSchema>;

export const settingsRecordSchema = z.object({
  units: z.enum(['km', 'mi']),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  keep_originals: flag,
  // Exports made before the goal existed have none.
  running_goal: z.string().max(GOAL_MAX).nullable().default(null),
});

export const checkinRecordSchema = z.object({
  id,
  created_at: iso,
  age: int,
  sex: text(40),
  complete: flag,
  findings: z.unknown(),
  urgency: text(40),
  result: z.unknown(),
  pain_score: int.nullable(),
});

export const shoeRecordSchema = z.object({
  id,
  brand: text(200),
  model: text(200),
  nickname: text(200).nullable(),
  start_km: z.number(),
  retire_km: z.number(),
  retired_at: iso.nullable(),
  default_for: text(40).nullable(),
  created_at: iso,
  updated_at: iso,
});

const channel = z.array(z.number().nullable());
/** A run's samples, one array per channel the recording has (null where a sample has no value). */
export const seriesRecordSchema = z
  .object({
    t: channel,
    lat: channel.optional(),
    lon: channel.optional(),
    distanceM: channel.optional(),
    speedMps: channel.optional(),
    heartRate: channel.optional(),
    cadenceSpm: channel.optional(),
    altitudeM: channel.optional(),
  })
  .refine((s) => Object.values(s).every((c) => c === undefined || c.length === s.t.length), {
    message: 'every channel has one value per sample',
  });
export type SeriesRecord = z.infer<typeof seriesRecordSchema>;

const num = z.number().nullable();
export const runRecordSchema = z.object({
  id,
  start_time: iso,
  utc_offset_s: int.nullable(),
  sport: text(40),
  sub_sport: text(40).nullable(),
  indoor: flag,
  name: text(1000).nullable(),
  distance_m: z.number(),
  elapsed_s: z.number(),
  timer_s: num,
  gps_distance_m: num,
  ascent_m: num,
  avg_heart_rate: num,
  avg_cadence_spm: num,
  avg_step_length_mm: num,
  avg_vertical_oscillation_mm: num,
  avg_ground_contact_ms: num,
  surface: text(40).nullable(),
  shoe_id: id.nullable(),
  note: text(10_000).nullable(),
  source: z.enum(['import', 'manual']),
  format: text(20).nullable(),
  device: text(200).nullable(),
  recovered: text(10_000).nullable(),
  content_hash: text(64).nullable(),
  laps: z.unknown(),
  series: seriesRecordSchema.nullable(),
  created_at: iso,
});

export const planRecordSchema = z.object({
  id,
  created_at: iso,
  checkin_id: id,
  input: z.unknown(),
  plan: z.unknown(),
  baseline_pain: int.nullable(),
  urgency: text(40),
  status: text(20),
  ended_at: iso.nullable(),
});

export const planLogRecordSchema = z.object({
  id,
  plan_id: id,
  date: text(10),
  kind: text(40),
  item_index: int,
  pain_during: int,
  pain_next_morning: int.nullable(),
  exercises: z.unknown(),
  pain_rose_during: flag,
  limped: flag,
  new_red_flag: flag,
  logged_at: iso,
});

export const painEntryRecordSchema = z.object({
  id,
  at: iso,
  score: int.min(0).max(10),
  areas: z.array(text(40)).max(20),
  timing: text(40),
  eased_by: z.array(text(40)).max(20),
  worsened_by: z.array(text(40)).max(20),
  note: text(500),
  created_at: iso,
  updated_at: iso,
});

/** A saved form check: its numbers as stored (each metric with `_spread` and `_band`). */
export const formCheckRecordSchema = z.object({
  id,
  created_at: iso,
  recorded_on: z.iso.date().nullable(),
  model: text(40),
  clip_s: z.number(),
  steps: int,
  facing: z.enum(['left', 'right']),
  ...Object.fromEntries(
    [
      'cadence_spm',
      'overstride_legs',
      'shin_angle_deg',
      'trunk_lean_deg',
      'vertical_oscillation_legs',
    ].flatMap((m) => [m, `${m}_spread`, `${m}_band`].map((c) => [c, z.number()])),
  ),
  cue: text(40).nullable(),
  cadence_target_spm: z.number().nullable(),
  note: text(500),
});

/** Only that a private calendar address existed, and since when: never its secret. */
export const calendarLinkRecordSchema = z.object({ created_at: iso });

export const activityFileRecordSchema = z.object({
  id,
  run_id: id.nullable(),
  name: text(500),
  format: text(20).nullable(),
  size_bytes: int.nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  created_at: iso,
  /** Where its bytes are in the archive: `activities/…`. */
  path: z.string().regex(/^activities\/[^/]+$/),
});

/**
 * The archive path of an activity file: its hash's start keeps names apart, and the name is made safe.
 * @example activityPath('ab12…', 'Morning Run.fit') // 'activities/ab12cd34ef56-Morning_Run.fit'
 */
export function activityPath(sha256: string, name: string): string {
  const safe =
    name
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^\.+/, '')
      .slice(-120) || 'file';
  return `activities/${sha256.slice(0, 12)}-${safe}`;
}

/**
 * Gives every id (UUID) found in a record's strings its new value; other strings stay. An id can sit in a
 * column (`shoe_id`) or inside JSON (a plan's check-in), so both are walked.
 * @example remapIds({ plan: { checkinId: 'a' } }, new Map([['a', 'b']])) // { plan: { checkinId: 'b' } }
 */
export function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapIds(v, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapIds(v, ids)]));
  }
  return value;
}
