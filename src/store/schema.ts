import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it, identical on SQLite and PostgreSQL.
 * Times are ISO-8601 UTC text (sortable, same on both dialects); ids are UUID text.
 * Every table after `users` carries `user_id` and every query on it is scoped by it.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_settings: UserSettingsTable;
  checkins: CheckinsTable;
  runs: RunsTable;
  imports: ImportsTable;
  password_resets: PasswordResetsTable;
  shoes: ShoesTable;
  plans: PlansTable;
  plan_logs: PlanLogsTable;
  calendar_links: CalendarLinksTable;
  pain_entries: PainEntriesTable;
  share_links: ShareLinksTable;
  activity_files: ActivityFilesTable;
  throttle_hits: ThrottleHitsTable;
  import_files: ImportFilesTable;
  upload_chunks: UploadChunksTable;
  form_checks: FormChecksTable;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
  /**
   * Moved on by triggers at every write to the user's runs, shoes, check-ins and pain entries: what a cached answer
   * computed from those tables is checked against.
   */
  data_version: Generated<number>;
}

export interface SessionsTable {
  /** HMAC-SHA256 of the cookie token: a stolen database cannot log anyone in. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** The User-Agent the session was started with (up to 512 characters); null for older sessions. */
  user_agent: string | null;
}

/** One counted request of a throttle or rate limit (see src/app/throttles.ts); not user data, no `user_id`. */
export interface ThrottleHitsTable {
  /** SHA-256 of the throttle's key (which may name an email or an address), base64url. */
  key_hash: string;
  at: string;
  /** When the row no longer counts in any window; expired rows are deleted. */
  expires_at: string;
}

export interface PasswordResetsTable {
  /** SHA-256 of the emailed token (256 random bits): the database alone cannot reset anyone's password. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** Set when the link sets a password; the row then stays until it expires, so a second use is named. */
  used_at: string | null;
}

export interface UserSettingsTable {
  user_id: string;
  units: 'km' | 'mi';
  /** ISO 3166-1 alpha-2; null = follow the browser's locale. */
  country: string | null;
  /** 1: keep each imported activity file (gzip) in `activity_files`; 0: keep none from now on. */
  keep_originals: Generated<number>;
  /** What the runner is running for, in their words; shown on the clinician report. */
  running_goal: string | null;
  updated_at: string;
}

export interface CheckinsTable {
  id: string;
  user_id: string;
  created_at: string;
  age: number;
  sex: string;
  /** 1 when every red-flag question was answered; integers keep both dialects alike. */
  complete: number;
  /** The answers as given: JSON array of {code, value}. */
  findings_json: string;
  urgency: string;
  /** The engine's whole result at the time: JSON. Kept so history shows what the runner was told. */
  result_json: string;
  pain_score: number | null;
}

export interface RunsTable {
  id: string;
  user_id: string;
  start_time: string;
  utc_offset_s: number | null;
  sport: string;
  sub_sport: string | null;
  indoor: number;
  name: string | null;
  /** Device-reported distance, whole metres (GPS distance is kept only as a check). */
  distance_m: number;
  elapsed_s: number;
  timer_s: number | null;
  gps_distance_m: number | null;
  ascent_m: number | null;
  avg_heart_rate: number | null;
  avg_cadence_spm: number | null;
  avg_step_length_mm: number | null;
  avg_vertical_oscillation_mm: number | null;
  avg_ground_contact_ms: number | null;
  surface: string | null;
  /** The runner's shoe (shoes.id); null when none. */
  shoe_id: string | null;
  /** The runner's own note on the run. */
  note: string | null;
  source: 'import' | 'manual';
  format: string | null;
  device: string | null;
  recovered: string | null;
  /** sha256 of the imported file: the same file twice is a duplicate. */
  content_hash: string | null;
  laps_json: string;
  /** Compressed time series (see series-codec). */
  series: Uint8Array | null;
  created_at: string;
}

export interface ImportsTable {
  id: string;
  user_id: string;
  state: 'receiving' | 'processing' | 'done' | 'failed';
  filename: string;
  created_at: string;
  updated_at: string;
  status_json: string;
  /** The worker running it (or `queued`), and until when its claim holds unless renewed. */
  lease_owner: Generated<string | null>;
  lease_until: Generated<string | null>;
  /** Times a worker has started it. */
  attempts: Generated<number>;
  /** Not to be started again before this time (a retry's backoff). */
  run_after: Generated<string | null>;
  /** The upload's files: `{ files: [{ name, label }] }`. */
  sources_json: Generated<string | null>;
}

/** An import's ledger: one row per file it has settled, committed with that file's runs. */
export interface ImportFilesTable {
  import_id: string;
  key: string;
  seq: number;
  result_json: string;
}

/** An upload waiting for its import, in chunks. */
export interface UploadChunksTable {
  import_id: string;
  file_index: number;
  seq: number;
  bytes: Uint8Array;
}

/** A runner's pair of shoes; its distance is derived from its runs, never kept here. */
export interface ShoesTable {
  id: string;
  user_id: string;
  brand: string;
  /** Empty text when the runner gave none. */
  model: string;
  nickname: string | null;
  start_km: number;
  retire_km: number;
  retired_at: string | null;
  /** The sport whose new runs get this shoe (one active shoe per runner and sport). */
  default_for: string | null;
  created_at: string;
  updated_at: string;
}

/** A plan as it was built: its input and the generator's answer, never changed (adaptation comes from the logs). */
export interface PlansTable {
  id: string;
  user_id: string;
  created_at: string;
  /** The complete check-in it was built from. */
  checkin_id: string;
  /** JSON: runsPerWeek, weeks, startDate, availableDays, weeklyKm, timeZone. */
  input_json: string;
  /** JSON: the generator's plan. */
  plan_json: string;
  /** Pain at that check-in, 0–10; null when it gave none. */
  baseline_pain: number | null;
  urgency: string;
  /** 'active' (at most one per runner) or 'ended'. */
  status: string;
  ended_at: string | null;
}

/** What the runner reported after one plan item; unique per (plan, date, kind, item_index). */
export interface PlanLogsTable {
  id: string;
  plan_id: string;
  user_id: string;
  date: string;
  kind: string;
  item_index: number;
  pain_during: number;
  pain_next_morning: number | null;
  /** JSON array of {id, setsDone, formOk}. */
  exercises_json: string;
  pain_rose_during: number;
  limped: number;
  new_red_flag: number;
  logged_at: string;
}

/**
 * A runner's private calendar address. The address's token is an HMAC of `id` under the server's secret, so
 * the server can show the address again; the database keeps only `id` and a hash of the token, so a copy of
 * it alone cannot open anyone's calendar.
 */
export interface CalendarLinksTable {
  user_id: string;
  id: string;
  token_hash: string;
  created_at: string;
}

/**
 * A read-only link to a runner's report for a clinician or coach. As with calendar links, the token is an
 * HMAC of `id` under the server's secret (so the runner's list can show the address again) and only a hash
 * of the token is kept. It stops at `expires_at` or once `revoked_at` is set.
 */
export interface ShareLinksTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** Who it is for, as the runner put it; null when they gave nothing. */
  label: string | null;
  /** The runner's IANA time zone when they made it: the report's days are theirs. */
  time_zone: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** An imported activity file as it came, gzipped: a later decoder can read it again; an export gives it back. */
export interface ActivityFilesTable {
  id: string;
  user_id: string;
  /** The first run the file gave; null when it gave none. */
  run_id: string | null;
  /** The import it came in. */
  import_id: string | null;
  /** Its own file name (without the archive path). */
  name: string;
  /** The format it was read as (fit, gpx, tcx); null when it could not be read. */
  format: string | null;
  /** Size of the original bytes. */
  size_bytes: number;
  /** sha256 (hex) of the original bytes: `runs.content_hash` of the runs it gave. */
  sha256: string;
  /** gzip of the original bytes (an already gzipped file is gzipped again, so gunzip gives it back exactly). */
  gzip: Uint8Array;
  created_at: string;
}

export type SeqId = Generated<number>;

/** One pain diary entry; `areas_json`, `eased_by_json` and `worsened_by_json` are JSON arrays of codes. */
export interface PainEntriesTable {
  id: string;
  user_id: string;
  /** When the pain was felt, ISO UTC. */
  at: string;
  score: number;
  areas_json: string;
  /** When in the day: during_run, after_run, next_morning, at_rest, at_night. */
  timing: string;
  eased_by_json: string;
  worsened_by_json: string;
  note: string;
  created_at: string;
  updated_at: string;
}

/** A form check the runner saved: the numbers only (issue 14). Each metric has its `_spread` and `_band`. */
export interface FormChecksTable {
  id: string;
  user_id: string;
  created_at: string;
  /** The day the clip was filmed, YYYY-MM-DD, when the runner gave it. */
  recorded_on: string | null;
  /** movenet or blazepose. */
  model: string;
  clip_s: number;
  steps: number;
  /** left or right: the way the runner ran across the frame. */
  facing: string;
  cadence_spm: number;
  cadence_spm_spread: number;
  cadence_spm_band: number;
  overstride_legs: number;
  overstride_legs_spread: number;
  overstride_legs_band: number;
  shin_angle_deg: number;
  shin_angle_deg_spread: number;
  shin_angle_deg_band: number;
  trunk_lean_deg: number;
  trunk_lean_deg_spread: number;
  trunk_lean_deg_band: number;
  vertical_oscillation_legs: number;
  vertical_oscillation_legs_spread: number;
  vertical_oscillation_legs_band: number;
  /** A FormCueId, or null when nothing stood out. */
  cue: string | null;
  cadence_target_spm: number | null;
  note: string;
}
