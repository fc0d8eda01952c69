import { findingDef, SOURCES, type FactorId } from '../../../src/core/checkin';
import { toUnits, type DistanceUnit } from '../../../src/core/units/format';

export { URGENCY_LOOK } from './urgency-look';

export const FACTOR_TEXT: Record<FactorId, { name: string; next: string }> = {
  load_spike: {
    name: 'A jump in training load',
    next: 'Ease your weekly distance back, then build by no more than about 10% a week.',
  },
  footwear: {
    name: 'Your shoes',
    next: 'Check the distance on your shoes; most pairs are due for a change between {shoeRange}.',
  },
  previous_injury: {
    name: 'An earlier injury',
    next: 'Build strength around the old injury; it changes how you move and load your back.',
  },
  tight_muscles: {
    name: 'Tight hips and hamstrings',
    next: 'Stretch hamstrings, hip flexors and glutes: hold 20–30 seconds, 2–3 times.',
  },
  core_glute_weakness: {
    name: 'Core and glute strength',
    next: 'Planks, side planks, bridges and clamshells: 2–3 sets, 2–3 times a week.',
  },
  poor_form: {
    name: 'Running form',
    next: 'Land under your hips with a slight lean from the ankles, and keep your core engaged.',
  },
  surface: {
    name: 'A change of surface',
    next: 'Change surfaces gradually and mix in softer, flatter routes.',
  },
};

/**
 * What to do about a factor, in the runner's units.
 * @example factorNext('footwear', 'mi') // '… between 310 and 500 mi.'
 */
export const factorNext = (id: FactorId, units: DistanceUnit): string =>
  FACTOR_TEXT[id].next.replace('{shoeRange}', units === 'km' ? '500 and 800 km' : '310 and 500 mi');

/** A finding as a short phrase for "why": "weekly distance up 45%", "tight hip flexors". */
export function findingPhrase(
  f: { code: string; value: boolean | number | 'unsure' },
  units: DistanceUnit = 'km',
): string {
  const n = typeof f.value === 'number' ? f.value : undefined;
  const phrases: Partial<Record<string, string>> = {
    recent_mileage_increase_pct: `weekly distance up ${n}% in the last two weeks`,
    long_run_increase_pct: `longest run up ${n}%`,
    new_session_type: 'new speed work, hills, races or heavy lifting',
    shoe_km: `${Math.round(toUnits((n ?? 0) * 1000, units))} ${units} on your shoes`,
    new_shoe_type_change: 'a recent change of shoe type',
    surface_change: 'a new running surface',
    cadence_spm: `cadence of ${n} steps a minute`,
    overstriding: 'landing well ahead of your body',
    excess_lumbar_extension: 'arching your lower back as you run',
    glute_weakness_observed: 'signs of weak glutes',
    side_plank_hold_s: `side plank held ${n} s`,
    hip_flexor_tightness: 'tight hip flexors',
    hamstring_tightness: 'tight hamstrings',
    sitting_hours_per_day: `${n} hours a day sitting`,
    previous_lbp_episode: 'back pain before',
    previous_lower_limb_injury: 'a leg injury in the last year',
    recurrent_similar_episodes: 'similar episodes before',
    postpartum_months: `${n} months since giving birth`,
    paraesthesia_feet_shoe_related_resolved: 'tingling that eased with looser shoes',
  };
  return phrases[f.code] ?? findingDef(f.code)?.askAs.replace(/\?$/, '') ?? f.code;
}

export const sourceText = (key: string): string => (SOURCES as Record<string, string>)[key] ?? key;
