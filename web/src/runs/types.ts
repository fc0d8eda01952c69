/** The runs API as the web app sees it (see src/server/routes/runs.ts and imports.ts). */

import type { ChartSeries } from '../../../src/core/activity/downsample';
export { SURFACES, type Surface } from '../../../src/core/runs/run';
import type { Surface } from '../../../src/core/runs/run';

export interface Run {
  id: string;
  /** ISO UTC. */
  startTime: string;
  /** Seconds east of UTC where the file knew the local time, else null. */
  utcOffsetS: number | null;
  sport: string;
  subSport: string | null;
  indoor: boolean;
  name: string | null;
  distanceM: number;
  elapsedS: number;
  /** Moving (timer) time; null when unknown. */
  timerS: number | null;
  avgHeartRate: number | null;
  avgCadenceSpm: number | null;
  ascentM: number | null;
  surface: Surface | null;
  shoe: string | null;
  source: 'import' | 'manual';
  format: 'fit' | 'gpx' | 'tcx' | null;
  device: string | null;
  /** Why a damaged file was only partly read, or null. */
  recovered: string | null;
  createdAt: string;
}

/** Series are downsampled to at most 1,000 points; null where the device recorded nothing. `t` is seconds from the start. */
export type RunSeries = ChartSeries;

export interface RunDetail extends Run {
  gpsDistanceM: number | null;
  avgStepLengthMm: number | null;
  avgVerticalOscillationMm: number | null;
  avgGroundContactMs: number | null;
  laps: { startTime: string; elapsedS: number | null; timerS: number | null; distanceM: number | null }[];
  series: RunSeries | null;
}

export interface RunList {
  items: Run[];
  total: number;
  /** Shoe names used so far, for the shoe picker. */
  shoes: string[];
}

/** POST /api/runs: a run entered by hand (treadmill, no watch). */
export interface ManualRunBody {
  startTime: string;
  distanceM: number;
  elapsedS: number;
  indoor: boolean;
  surface?: Surface | null;
  shoe?: string | null;
  name?: string | null;
}

/** PATCH /api/runs/:id */
export interface RunPatch {
  surface?: Surface | null;
  shoe?: string | null;
  name?: string | null;
}

/** GET /api/imports/:id: poll until state is 'done' or 'failed'. Shared with the server. */
export type {
  ImportFileResult,
  ImportFileStatus,
  ImportStatus,
} from '../../../src/core/imports/import-status';
