import { EXERCISES, type Dose, type ExerciseId } from './doses';

/** One chosen dose (what a plan prescribes), instead of the ranges of `EXERCISES`. */
export interface PickedDose {
  sets: number;
  reps?: number;
  holdS?: number;
  durationS?: number;
}

type Range = readonly [number, number];

const span = ([lo, hi]: Range): string => (lo === hi ? `${lo}` : `${lo}–${hi}`);

/** Seconds as a runner says them: "30 s", "1–2 minutes", "20–30 minutes", "90 s". */
function time([lo, hi]: Range): string {
  const wholeMinutes = lo >= 60 && lo % 60 === 0 && hi % 60 === 0;
  if (!wholeMinutes) return `${span([lo, hi])} s`;
  const minutes: Range = [lo / 60, hi / 60];
  return `${span(minutes)} ${minutes[1] === 1 ? 'minute' : 'minutes'}`;
}

const sets = (r: Range): string =>
  r[0] === 1 && r[1] === 1 ? '' : `${span(r)} ${r[1] === 1 ? 'set' : 'sets'} of `;

function words(dose: Dose): string {
  const side = dose.perSide ? ' a side' : '';
  const hold = dose.holdS ? time(dose.holdS) : undefined;
  let what: string;
  if (dose.reps && hold) what = `${span(dose.reps)}${side}, holding each ${hold}`;
  else if (dose.reps) what = `${span(dose.reps)}${side}`;
  else if (hold) what = `${hold}${side}`;
  else if (dose.durationS) what = `${time(dose.durationS)}${side}`;
  else what = '';
  const prefix = sets(dose.sets);
  if (prefix === '') return what;
  return what === '' ? `${span(dose.sets)} sets` : `${prefix}${what}`;
}

const one = (n: number | undefined): Range | undefined => (n === undefined ? undefined : [n, n]);

/**
 * A dose in plain words: the ranges of `EXERCISES` by default, or one picked dose.
 * @example doseWords('plank') // "2–3 sets of 30–60 s"
 * @example doseWords('clamshell') // "2–3 sets of 12–15 a side"
 * @example doseWords('roll_glutes') // "1–2 minutes"
 * @example doseWords('side_plank', { sets: 3, holdS: 20 }) // "3 sets of 20 s a side"
 */
export function doseWords(id: ExerciseId, picked?: PickedDose): string {
  const base: Dose = EXERCISES[id].dose;
  if (!picked) return words(base);
  const reps = one(picked.reps);
  const holdS = one(picked.holdS);
  const durationS = one(picked.durationS);
  return words({
    sets: [picked.sets, picked.sets],
    ...(reps ? { reps } : {}),
    ...(holdS ? { holdS } : {}),
    ...(durationS ? { durationS } : {}),
    ...(base.perSide ? { perSide: true } : {}),
  });
}
