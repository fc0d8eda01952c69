import { findingDef, type RunsAnswer } from '../../../src/core/checkin';
import { METRES_PER_MILE, type DistanceUnit } from '../../../src/core/units/format';
import type { Answer } from './steps';

/**
 * A value measured from runs as the question shows it: "36%", "256 mi", "158 steps/min", "No".
 * @example runsValueText({ code: 'shoe_km', value: 412 }, 'mi') // '256 mi'
 */
export function runsValueText(a: Pick<RunsAnswer, 'code' | 'value'>, units: DistanceUnit): string {
  if (typeof a.value === 'boolean') return a.value ? 'Yes' : 'No';
  const def = findingDef(a.code);
  if (def?.distanceKm && units === 'mi') return `${Math.round((a.value * 1000) / METRES_PER_MILE)} mi`;
  const unit = def?.unit ?? '';
  return unit === '%' ? `${a.value}%` : `${a.value} ${unit}`.trim();
}

/**
 * Whether the answer on screen is still the one measured from runs (the runner has not changed it).
 * @example isRunsValue(36, { code: 'recent_mileage_increase_pct', value: 36 }) // true
 */
export const isRunsValue = (answer: Answer | undefined, a: Pick<RunsAnswer, 'value'>): boolean =>
  answer === a.value;
