/**
 * Recovery between runs (seed article, "How important is recovery?"; clinical evidence §3 on heat, ice, rest and
 * foam rolling): which of ice or heat fits what the runner feels, rest days, active recovery and foam rolling.
 */
import type { ExerciseId } from './doses';

/** What the runner notices in the sore area. */
export interface SoreSigns {
  /** Puffiness or warmth to the touch. */
  swelling: boolean;
  /** Soreness that started within the last day or two, after a run or a knock. */
  freshSoreness: boolean;
  /** Stiff when getting up or starting to move. */
  stiffness: boolean;
  /** Muscles that feel tight or knotted. */
  tightness: boolean;
}

export type IceOrHeat = 'ice' | 'heat' | 'ice_first' | 'either';

/**
 * Ice for swelling and fresh soreness, heat for stiffness and tightness. When both kinds of sign are there,
 * ice first while the swelling or the fresh soreness lasts, heat once it has settled. With neither, either
 * one is fine: use what feels better.
 * @example iceOrHeat({ swelling: true, freshSoreness: false, stiffness: false, tightness: false }) // "ice"
 * @example iceOrHeat({ swelling: false, freshSoreness: false, stiffness: true, tightness: false }) // "heat"
 */
export function iceOrHeat(signs: SoreSigns): IceOrHeat {
  const iceSigns = signs.swelling || signs.freshSoreness;
  const heatSigns = signs.stiffness || signs.tightness;
  if (iceSigns && heatSigns) return 'ice_first';
  if (iceSigns) return 'ice';
  if (heatSigns) return 'heat';
  return 'either';
}

export interface RecoveryAdvice {
  title: string;
  /** What to do, in order. */
  steps: string[];
  /** How sure we are, in a sentence. */
  evidence: string;
}

export const ICE_OR_HEAT_ADVICE: Record<IceOrHeat, RecoveryAdvice> = {
  ice: {
    title: 'Ice',
    steps: [
      'Wrap an ice pack or a bag of frozen peas in a thin towel; never put ice straight on skin.',
      'Hold it on the sore spot for 10 to 15 minutes, then take it off for at least an hour before the next go.',
    ],
    evidence: 'Ice can numb soreness, but there is not enough research to say it helps back pain heal.',
  },
  heat: {
    title: 'Heat',
    steps: [
      'Use a heat wrap, a warm (not hot) water bottle in a cover, or a warm bath or shower.',
      'Keep it on for 15 to 20 minutes, checking your skin; gentle movement afterwards helps most.',
    ],
    evidence:
      'Supported by trials: heat eases low back pain a little for a few days, and more when you also keep moving.',
  },
  ice_first: {
    title: 'Ice first, then heat',
    steps: [
      'While the swelling or the fresh soreness lasts, use ice: 10 to 15 minutes at a time, wrapped in a towel.',
      'Once it has settled and what is left is stiffness or tightness, switch to heat: 15 to 20 minutes.',
    ],
    evidence:
      'Heat has a small, short-lived benefit in trials; the evidence for ice is too thin to say, and trials comparing the two disagree.',
  },
  either: {
    title: 'No swelling or stiffness: either, as you like',
    steps: [
      'Without swelling or stiffness, neither is needed. If one feels soothing, use it for 15 minutes at a time.',
    ],
    evidence: 'Trials comparing ice and heat disagree; heat has the better, if small, evidence.',
  },
};

export interface RecoverySection {
  id: 'rest_days' | 'active_recovery' | 'foam_rolling';
  title: string;
  points: string[];
  /** Library entries to open for the how-to. */
  exercises: ExerciseId[];
}

export const RECOVERY_SECTIONS: readonly RecoverySection[] = [
  {
    id: 'rest_days',
    title: 'Rest days',
    points: [
      'Take at least one full day off running each week. Your plan always has one.',
      'Rest means no running and no strength session, not lying in bed: walking about your day is good for your back.',
      'Bed rest does not help back pain; staying gently active does.',
    ],
    exercises: [],
  },
  {
    id: 'active_recovery',
    title: 'Active recovery',
    points: [
      'On easy days, move gently for 20 to 30 minutes: a walk, an easy swim or an easy ride.',
      'Keep it easy enough to chat the whole time. It keeps blood moving through tired muscles without adding strain.',
      'Moves that loosen your hips, spine and shoulders fit here too.',
    ],
    exercises: ['easy_walk', 'easy_swim', 'easy_cycle'],
  },
  {
    id: 'foam_rolling',
    title: 'Foam rolling',
    points: [
      'Roll each muscle group for 1 to 2 minutes: glutes, hamstrings, hip flexors and the muscles beside your spine.',
      'Go slowly, with gentle pressure, and pause on tender spots for a few breaths. It should feel like a firm massage, not pain.',
      'Rolling after a run can ease muscle soreness a little; nothing shows it treats back pain, so treat it as a comfort.',
    ],
    exercises: ['roll_glutes', 'roll_hamstrings', 'roll_hip_flexors', 'roll_lower_back'],
  },
];
