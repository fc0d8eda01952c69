import { atLeast, below, type Facts, type Finding } from './checkin';
import type { BooleanCode, FindingCode } from './vocabulary';

/** Contributing factors (checkin-rules §1), in the order used to break ties. */
export const FACTOR_IDS = [
  'load_spike',
  'footwear',
  'previous_injury',
  'tight_muscles',
  'core_glute_weakness',
  'poor_form',
  'surface',
] as const;

export type FactorId = (typeof FACTOR_IDS)[number];

export interface Factor {
  id: FactorId;
  /** Higher = more likely to matter. Comparable across factors of one result only. */
  score: number;
  /** The findings that led to this factor, triggers first, then supporting context. */
  because: Finding[];
}

/** A finding that fires a factor, with how strongly (1 = just over the line, up to 2). */
interface Trigger {
  code: FindingCode;
  strength: number;
}

interface FactorRule {
  id: FactorId;
  /**
   * How much weight a factor of this kind carries before its own evidence: recent load spikes are the best
   * supported proximate trigger [R35]; previous injury has a measured hazard ratio [R38]; a surface change alone
   * has no direct evidence.
   */
  weight: number;
  triggers(f: Facts): Trigger[];
  /** Context that strengthens a factor already triggered, never fires it alone. */
  support?(f: Facts): FindingCode[];
}

/** 1 at the threshold, rising linearly to 2 at `full` beyond it. */
const graded = (distance: number, full: number): number => 1 + Math.min(1, Math.max(0, distance / full));

const LOAD_PCT = 30;
const SHOE_KM = 800;
const CADENCE_SPM = 160;
const SIDE_PLANK_S = 30;
const LONG_SITTING_H = 8;
const RECENT_BIRTH_MONTHS = 12;

function yesTriggers(f: Facts, codes: readonly BooleanCode[]): Trigger[] {
  return codes.filter((code) => f.sure(code)).map((code) => ({ code, strength: 1 }));
}

const FACTOR_RULES: readonly FactorRule[] = [
  {
    id: 'load_spike',
    weight: 1.5,
    triggers: (f) => {
      const out: Trigger[] = [];
      for (const code of ['recent_mileage_increase_pct', 'long_run_increase_pct'] as const) {
        const pct = f.num(code);
        if (pct !== undefined && atLeast(pct, LOAD_PCT))
          out.push({ code, strength: graded(pct - LOAD_PCT, 70) });
      }
      return [...out, ...yesTriggers(f, ['new_session_type'])];
    },
  },
  {
    id: 'footwear',
    weight: 1.2,
    triggers: (f) => {
      const km = f.num('shoe_km');
      const worn =
        km !== undefined && atLeast(km, SHOE_KM)
          ? [{ code: 'shoe_km' as const, strength: graded(km - SHOE_KM, SHOE_KM) }]
          : [];
      return [
        ...worn,
        ...yesTriggers(f, ['new_shoe_type_change', 'paraesthesia_feet_shoe_related_resolved']),
      ];
    },
  },
  {
    id: 'previous_injury',
    weight: 1.1,
    triggers: (f) =>
      yesTriggers(f, ['previous_lbp_episode', 'previous_lower_limb_injury', 'recurrent_similar_episodes']),
  },
  {
    id: 'tight_muscles',
    weight: 1,
    triggers: (f) => yesTriggers(f, ['hip_flexor_tightness', 'hamstring_tightness']),
    support: (f) =>
      atLeast(f.num('sitting_hours_per_day'), LONG_SITTING_H) ? ['sitting_hours_per_day'] : [],
  },
  {
    id: 'core_glute_weakness',
    weight: 1,
    triggers: (f) => {
      const hold = f.num('side_plank_hold_s');
      const weak =
        hold !== undefined && below(hold, SIDE_PLANK_S)
          ? [{ code: 'side_plank_hold_s' as const, strength: graded(SIDE_PLANK_S - hold, SIDE_PLANK_S) }]
          : [];
      return [...weak, ...yesTriggers(f, ['glute_weakness_observed'])];
    },
    support: (f) => {
      const months = f.num('postpartum_months');
      return months !== undefined && months <= RECENT_BIRTH_MONTHS ? ['postpartum_months'] : [];
    },
  },
  {
    id: 'poor_form',
    weight: 1,
    triggers: (f) => {
      const spm = f.num('cadence_spm');
      const low =
        spm !== undefined && below(spm, CADENCE_SPM)
          ? [{ code: 'cadence_spm' as const, strength: graded(CADENCE_SPM - spm, 20) }]
          : [];
      return [...low, ...yesTriggers(f, ['overstriding', 'excess_lumbar_extension'])];
    },
  },
  {
    id: 'surface',
    weight: 0.9,
    triggers: (f) => yesTriggers(f, ['surface_change']),
  },
];

const EXTRA_TRIGGER = 0.5;
const SUPPORT = 0.5;

/**
 * Contributing factors present in a check-in, most important first (checkin-rules §4).
 * Score = weight × (strongest trigger + 0.5 per further trigger + 0.5 per supporting finding), rounded to 2
 * decimals; ties keep the order of `FACTOR_IDS`.
 * @example contributingFactors(factsOf({ age: 30, sex: 'M', findings: [{ code: 'surface_change', value: true }] }))
 * // [{ id: 'surface', score: 0.9, because: [{ code: 'surface_change', value: true }] }]
 */
export function contributingFactors(f: Facts): Factor[] {
  const factors: Factor[] = [];
  for (const rule of FACTOR_RULES) {
    const triggers = rule.triggers(f).sort((a, b) => b.strength - a.strength);
    const strongest = triggers[0];
    if (strongest === undefined) continue;
    const support = rule.support?.(f) ?? [];
    const raw = strongest.strength + EXTRA_TRIGGER * (triggers.length - 1) + SUPPORT * support.length;
    factors.push({
      id: rule.id,
      score: Math.round(rule.weight * raw * 100) / 100,
      because: f.pick([...triggers.map((t) => t.code), ...support]),
    });
  }
  return factors.sort((a, b) => b.score - a.score || FACTOR_IDS.indexOf(a.id) - FACTOR_IDS.indexOf(b.id));
}
