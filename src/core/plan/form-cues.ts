/**
 * The running form cues (seed article, "Focus on running form" and "Should you adjust your technique"; cadence
 * from clinical evidence §3), in the order a plan introduces them: one a week, so each has time to feel
 * natural before the next. The plan's `form_cue` task in its week N points to cue N.
 */
import type { ExerciseId } from './doses';

export const FORM_CUE_IDS = [
  'tall_posture',
  'lean_from_ankles',
  'land_under_hips',
  'relaxed_upper_body',
  'core_engaged',
  'cadence',
] as const;
export type FormCueId = (typeof FORM_CUE_IDS)[number];

export interface FormCue {
  id: FormCueId;
  /** The cue in a few words, as a runner would repeat it to themselves. */
  title: string;
  /** What to do. */
  how: string;
  /** Why it matters for the back. */
  why: string;
  /** How sure we are: the article's advice, or what the studies show. */
  evidence: string;
  /** Drills that practise it, from the library. */
  drills: ExerciseId[];
}

export const FORM_CUES: readonly FormCue[] = [
  {
    id: 'tall_posture',
    title: 'Run tall',
    how: 'Imagine a string lifting the top of your head. Keep your chest open and your eyes on the path ahead, not your feet.',
    why: 'Slumping through a long run bends your lower back for mile after mile; standing tall spreads the work across your trunk instead.',
    evidence: 'Advice from coaches and the article; no trial has tested it for back pain.',
    drills: ['high_knee_march'],
  },
  {
    id: 'lean_from_ankles',
    title: 'Lean a little, from the ankles',
    how: 'Let your whole body tip slightly forward as one straight line, hinging at the ankles. Do not fold at the waist.',
    why: 'Bending at the waist puts your lower back at an angle that loads it with every step; a lean from the ankles keeps your spine lined up and lets your glutes push you along.',
    evidence: 'Advice from coaches and the article; no trial has tested it for back pain.',
    drills: ['form_strides'],
  },
  {
    id: 'land_under_hips',
    title: 'Land under your hips',
    how: 'Let each foot come down beneath your body, on the middle of the foot, rather than reaching out in front with your heel.',
    why: 'A foot landing far ahead acts as a brake, and the jolt travels up to your back. Landing under you spreads the impact and uses the right muscles to move forward.',
    evidence:
      'Studies show shorter strides soften the load at the knee and hip; none shows they treat back pain.',
    drills: ['high_knee_march', 'butt_kicks'],
  },
  {
    id: 'relaxed_upper_body',
    title: 'Loose shoulders, easy arms',
    how: 'Drop your shoulders away from your ears, bend your elbows to about a right angle and let your arms swing by your sides. Keep your hands soft.',
    why: 'Tension in your shoulders, arms or neck travels down into your back and hips; a relaxed upper body lets your trunk turn freely.',
    evidence: 'Advice from coaches and the article; no trial has tested it for back pain.',
    drills: ['form_strides'],
  },
  {
    id: 'core_engaged',
    title: 'Keep your middle switched on',
    how: 'Hold your belly gently firm, as you would before a light push, while breathing normally. Not a hard brace: about a fifth of your effort.',
    why: 'A steady trunk supports your spine and pelvis, so your lower back does not have to make up for every wobble.',
    evidence: 'Advice from coaches and the article; no single kind of core work has been shown to be best.',
    drills: ['high_knee_march'],
  },
  {
    id: 'cadence',
    title: 'Slightly quicker steps',
    how: 'If you overstride, take steps a little quicker and shorter: about 5% more steps a minute than you take now, the same speed. Raise it slowly over weeks.',
    why: 'Quicker, shorter steps make a foot land closer under you and take some load off the hips and knees.',
    evidence:
      'Studies show 5–10% quicker steps lower the load at the hip and knee; none shows that it treats back pain. Optional.',
    drills: ['butt_kicks', 'form_strides'],
  },
];

/**
 * The cue of a plan's week, counting the first week as 1; after the last cue the list starts again, as a
 * reminder.
 * @example formCueForWeek(1).id // "tall_posture"
 * @example formCueForWeek(7).id // "tall_posture" (the list again)
 */
export function formCueForWeek(weekNumber: number): FormCue {
  const n = Math.max(1, Math.floor(weekNumber));
  return FORM_CUES[(n - 1) % FORM_CUES.length]!;
}

/**
 * Which week of the plan a date falls in (1 for the first), from the weeks' Mondays; null outside the plan.
 * @example planWeekNumber(['2026-03-02', '2026-03-09'], '2026-03-10') // 2
 */
export function planWeekNumber(weekStarts: readonly string[], date: string): number | null {
  for (let i = weekStarts.length - 1; i >= 0; i--) {
    if (date >= weekStarts[i]! && date <= addDays(weekStarts[i]!, 6)) return i + 1;
  }
  return null;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
