/** Saved form checks: keep the numbers of one analysis, list them, read one, delete one (issue 14). */
import { z } from 'zod';
import {
  FORM_CHECK_LIMITS,
  FORM_METRIC_LIMITS,
  FORM_MODELS,
  type FormMetricKey,
} from '../core/form/saved-check';
import { FORM_CUE_IDS } from '../core/plan/form-cues';
import { boundedNumber, idText, plainText } from '../core/validation/input-rules';

export const formCheckIdParams = z.object({ id: idText });

const choice = <const V extends readonly [string, ...string[]]>(field: string, values: V) =>
  z.enum(values, { error: `${field} must be one of ${values.join(', ')}` });

/** A metric as value, spread between steps and error band, each within what a phone clip can measure. */
const measureBody = (key: FormMetricKey) => {
  const { min, max, spreadMax, unit } = FORM_METRIC_LIMITS[key];
  return z
    .object(
      {
        value: boundedNumber(`${key}.value`, { min, max, unit }),
        spread: boundedNumber(`${key}.spread`, { min: 0, max: spreadMax, unit }),
        band: boundedNumber(`${key}.band`, { min: 0, max: spreadMax, unit }),
      },
      { error: `${key} must be an object with value, spread and band` },
    )
    .strict();
};

const measureSchema = z.object({
  value: z.number(),
  spread: z.number().describe('interquartile range over the steps'),
  band: z.number().describe('± error band of the method, same unit'),
});

const day = z.iso
  .date({ error: 'recordedOn must be a date, e.g. 2026-11-26' })
  .refine((d) => d >= '1990-01-01', {
    message: 'recordedOn must be a date from 1990',
  });

export const formCheckCreateBody = z
  .object({
    recordedOn: day.nullable().optional().describe('the day the clip was filmed, YYYY-MM-DD'),
    model: choice('model', FORM_MODELS),
    clipS: boundedNumber('clipS', { min: 0.1, max: FORM_CHECK_LIMITS.clipSMax, unit: 's' }),
    steps: boundedNumber('steps', { min: 1, max: FORM_CHECK_LIMITS.stepsMax, whole: true }),
    facing: choice('facing', ['left', 'right']),
    cadenceSpm: measureBody('cadenceSpm').describe('steps a minute'),
    overstrideLegs: measureBody('overstrideLegs').describe('ankle ahead of the hip at contact, leg lengths'),
    shinAngleDeg: measureBody('shinAngleDeg').describe('shin from vertical at contact, degrees'),
    trunkLeanDeg: measureBody('trunkLeanDeg').describe('hip-to-shoulder line from vertical, degrees'),
    verticalOscillationLegs: measureBody('verticalOscillationLegs').describe(
      'hip travel per step, leg lengths',
    ),
    cue: choice('cue', FORM_CUE_IDS).nullable().describe('the cue the analysis put first, null for none'),
    cadenceTargetSpm: boundedNumber('cadenceTargetSpm', {
      min: FORM_METRIC_LIMITS.cadenceSpm.min,
      max: FORM_METRIC_LIMITS.cadenceSpm.max,
      unit: 'spm',
    })
      .nullable()
      .describe('a cadence to try, null for none'),
    note: plainText('note', FORM_CHECK_LIMITS.noteMax).optional(),
  })
  .strict();

export const formCheckSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  recordedOn: z.string().nullable(),
  model: z.enum(FORM_MODELS),
  clipS: z.number(),
  steps: z.number().int(),
  facing: z.enum(['left', 'right']),
  cadenceSpm: measureSchema,
  overstrideLegs: measureSchema,
  shinAngleDeg: measureSchema,
  trunkLeanDeg: measureSchema,
  verticalOscillationLegs: measureSchema,
  cue: z.enum(FORM_CUE_IDS).nullable(),
  cadenceTargetSpm: z.number().nullable(),
  note: z.string(),
});

export const formCheckListSchema = z.object({ items: z.array(formCheckSchema) });

export type FormCheckView = z.output<typeof formCheckSchema>;
export type FormCheckCreateBody = z.input<typeof formCheckCreateBody>;
