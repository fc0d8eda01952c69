/** The runs and imports API as the web app reads it: every type comes from the contract. */
export type {
  ManualRunBody,
  Run,
  RunDetail,
  RunList,
  RunListItem,
  RunPatch,
} from '../../../src/contract/runs';
export type { ImportFileResult, ImportFileStatus, ImportStatus } from '../../../src/contract/imports';
export { SURFACES, type Surface } from '../../../src/core/runs/run';
import type { RunDetail } from '../../../src/contract/runs';

/** Series are downsampled to at most 1,000 points; null where the device recorded nothing. `t` is seconds from the start. */
export type RunSeries = NonNullable<RunDetail['series']>;
