/**
 * A pain diary entry (issue 12 item 1): how bad (0–10), where, when, what eased or worsened it, a note.
 * The lists are the only choices the diary offers; the words are what the runner reads.
 */

export const PAIN_AREAS = [
  'low_back_central',
  'low_back_left',
  'low_back_right',
  'buttock_left',
  'buttock_right',
  'thigh_left',
  'thigh_right',
  'below_knee_left',
  'below_knee_right',
] as const;
export type PainArea = (typeof PAIN_AREAS)[number];

export const PAIN_WHEN = [
  'during_run',
  'after_run',
  'during_exercise',
  'next_morning',
  'at_rest',
  'at_night',
] as const;
export type PainWhen = (typeof PAIN_WHEN)[number];

export const EASED_BY = [
  'rest',
  'moving',
  'changing_position',
  'lying_down',
  'heat',
  'stretching',
  'painkillers',
] as const;
export type EasedBy = (typeof EASED_BY)[number];

export const WORSENED_BY = [
  'running',
  'walking',
  'sitting',
  'standing',
  'bending',
  'lifting',
  'lying_down',
] as const;
export type WorsenedBy = (typeof WORSENED_BY)[number];

export const PAIN_LIMITS = { minScore: 0, maxScore: 10, noteMax: 500 } as const;

export interface PainEntry {
  id: string;
  /** When the pain was felt, ISO date-time (UTC). */
  at: string;
  /** 0 = no pain, 10 = the worst pain imaginable. */
  score: number;
  areas: PainArea[];
  when: PainWhen;
  easedBy: EasedBy[];
  worsenedBy: WorsenedBy[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

export const AREA_WORDS: Record<PainArea, string> = {
  low_back_central: 'middle of the low back',
  low_back_left: 'left low back',
  low_back_right: 'right low back',
  buttock_left: 'left buttock',
  buttock_right: 'right buttock',
  thigh_left: 'left thigh',
  thigh_right: 'right thigh',
  below_knee_left: 'left leg below the knee',
  below_knee_right: 'right leg below the knee',
};

export const WHEN_WORDS: Record<PainWhen, string> = {
  during_run: 'during a run',
  after_run: 'after a run',
  during_exercise: 'during exercises',
  next_morning: 'the next morning',
  at_rest: 'at rest',
  at_night: 'at night',
};

export const EASED_WORDS: Record<EasedBy, string> = {
  rest: 'rest',
  moving: 'moving about',
  changing_position: 'changing position',
  lying_down: 'lying down',
  heat: 'heat',
  stretching: 'stretching',
  painkillers: 'painkillers',
};

export const WORSENED_WORDS: Record<WorsenedBy, string> = {
  running: 'running',
  walking: 'walking',
  sitting: 'sitting',
  standing: 'standing',
  bending: 'bending',
  lifting: 'lifting',
  lying_down: 'lying down',
};

/**
 * The areas in plain words, in the body map's order, joined for a sentence.
 * @example areasText(['buttock_left', 'low_back_central']) // 'middle of the low back and left buttock'
 */
export function areasText(areas: readonly PainArea[]): string {
  const words = PAIN_AREAS.filter((a) => areas.includes(a)).map((a) => AREA_WORDS[a]);
  if (words.length === 0) return 'no place given';
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

/** What a pain score means, in a few words (for the score buttons' labels). */
export function scoreWords(score: number): string {
  if (score === 0) return 'no pain';
  if (score <= 3) return 'mild';
  if (score <= 6) return 'moderate';
  if (score <= 9) return 'severe';
  return 'worst imaginable';
}
