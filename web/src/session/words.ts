/** The player's words: names of the sessions and a step's dose as the runner reads it. */
import type { GuidedKind, SessionStep, Side, StepPreview } from '../../../src/core/plan/session-steps';
import { LIBRARY } from '../../../src/core/plan/library';
import { clockWords } from './countdown';

export const SESSION_NAME: Record<GuidedKind, string> = {
  strength: 'Strength session',
  warmup: 'Warm-up',
  cooldown_stretch: 'Cool-down stretches',
  drills: 'Form drills',
  mobility: 'Mobility',
  foam_rolling: 'Foam rolling',
  active_recovery: 'Active recovery',
};

export const SIDE_WORD: Record<Side, string> = { left: 'Left side', right: 'Right side' };

/** "45 s", "1:30", "20 min": a countdown's length in a line of text. */
export function lengthWords(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return clockWords(seconds);
}

/** "About 12 minutes" for a session's length. */
export function aboutMinutes(seconds: number): string {
  const min = Math.max(1, Math.round(seconds / 60));
  return `About ${min} ${min === 1 ? 'minute' : 'minutes'}`;
}

/** The "next up" line of a step: "Side plank, left side · set 1 of 2", or the end. */
export function nextWords(next: StepPreview | null): string {
  if (!next) return 'Last one: then you are done';
  const parts = [LIBRARY[next.exerciseId].name];
  if (next.side) parts[0] += `, ${next.side} side`;
  if (next.sets > 1) parts.push(`set ${next.set} of ${next.sets}`);
  return parts.join(' · ');
}

/** What a screen reader hears when a step begins (not each second). */
export function announceWords(step: SessionStep): string {
  switch (step.type) {
    case 'get_ready':
      return `Get ready. ${step.durationS} seconds. First: ${nextWords(step.next)}.`;
    case 'rest':
      return `Rest ${step.durationS} seconds. Next: ${nextWords(step.next)}.`;
    case 'switch_side':
      return `Switch to your right side. ${step.durationS} seconds.`;
    case 'hold': {
      const side = step.side ? ` ${SIDE_WORD[step.side]}.` : '';
      return `${LIBRARY[step.exerciseId].name}, set ${step.set} of ${step.sets}.${side} Hold ${lengthWords(step.durationS)}.`;
    }
    case 'reps':
      return `${LIBRARY[step.exerciseId].name}, set ${step.set} of ${step.sets}. ${repsWords(step)}. Tap Done when the set is finished.`;
  }
}

export function repsWords(step: Extract<SessionStep, { type: 'reps' }>): string {
  const each = step.perSide ? ' each side' : '';
  const hold = step.holdEachS ? `, holding each ${step.holdEachS} s` : '';
  return `${step.reps} reps${each}${hold}`;
}
