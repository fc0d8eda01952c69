/** The one mapping between a `form_checks` row and a saved form check, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { FormChecksTable } from '../schema';
import { FORM_CUE_IDS } from '../../core/plan/form-cues';
import { FORM_MODELS, type SavedFormCheck } from '../../core/form/saved-check';
import type { Measure } from '../../core/form/types';
import { enumColumn, nullableEnumColumn } from './columns';

const model = enumColumn('form_checks.model', FORM_MODELS);
const facing = enumColumn('form_checks.facing', ['left', 'right'] as const);
const cue = nullableEnumColumn('form_checks.cue', FORM_CUE_IDS);

type Row = Selectable<FormChecksTable>;
type MetricColumn =
  'cadence_spm' | 'overstride_legs' | 'shin_angle_deg' | 'trunk_lean_deg' | 'vertical_oscillation_legs';

// PostgreSQL's double precision comes back as a number, SQLite's real too; Number() also covers numeric text.
const measure = (r: Row, c: MetricColumn): Measure => ({
  value: Number(r[c]),
  spread: Number(r[`${c}_spread`]),
  band: Number(r[`${c}_band`]),
});

const columns = (c: MetricColumn, m: Measure) =>
  ({ [c]: m.value, [`${c}_spread`]: m.spread, [`${c}_band`]: m.band }) as Record<string, number>;

/** @example formCheckFromRow(row).cadenceSpm // { value: 164, spread: 3, band: 2 } */
export const formCheckFromRow = (r: Row): SavedFormCheck => ({
  id: r.id,
  createdAt: r.created_at,
  recordedOn: r.recorded_on,
  model: model(r.model),
  clipS: Number(r.clip_s),
  steps: Number(r.steps),
  facing: facing(r.facing),
  cadenceSpm: measure(r, 'cadence_spm'),
  overstrideLegs: measure(r, 'overstride_legs'),
  shinAngleDeg: measure(r, 'shin_angle_deg'),
  trunkLeanDeg: measure(r, 'trunk_lean_deg'),
  verticalOscillationLegs: measure(r, 'vertical_oscillation_legs'),
  cue: cue(r.cue),
  cadenceTargetSpm: r.cadence_target_spm === null ? null : Number(r.cadence_target_spm),
  note: r.note,
});

export const formCheckToRow = (userId: string, f: SavedFormCheck): Insertable<FormChecksTable> =>
  ({
    id: f.id,
    user_id: userId,
    created_at: f.createdAt,
    recorded_on: f.recordedOn,
    model: f.model,
    clip_s: f.clipS,
    steps: f.steps,
    facing: f.facing,
    ...columns('cadence_spm', f.cadenceSpm),
    ...columns('overstride_legs', f.overstrideLegs),
    ...columns('shin_angle_deg', f.shinAngleDeg),
    ...columns('trunk_lean_deg', f.trunkLeanDeg),
    ...columns('vertical_oscillation_legs', f.verticalOscillationLegs),
    cue: f.cue,
    cadence_target_spm: f.cadenceTargetSpm,
    note: f.note,
  }) as Insertable<FormChecksTable>;
