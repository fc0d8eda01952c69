import type { Sex } from '../../../src/core/checkin';
import type { Answers } from './steps';
import { emptyStartBack, type StartBackDraft } from './start-back-step';

/** Where the runner is in the check-in: what they typed survives a reload (session storage). */
export interface Draft {
  age: string;
  sex: Sex | '';
  answers: Answers;
  /** Index into the flow's step order. */
  step: number;
  /** The "still true?" list: not yet answered, confirmed, or being changed question by question. */
  standing: 'ask' | 'confirmed' | 'editing';
  startBack: StartBackDraft;
  takeStartBack: boolean;
  /** The training questions were filled in from the runner's runs, once; what the runner changed since is theirs. */
  runsApplied: boolean;
}

const DRAFT_KEY = 'backstride.checkin-draft.v2';

export const emptyDraft = (): Draft => ({
  age: '',
  sex: '',
  answers: {},
  step: 0,
  standing: 'ask',
  startBack: emptyStartBack(),
  takeStartBack: false,
  runsApplied: false,
});

export function loadDraft(): Draft | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    return raw ? { ...emptyDraft(), ...(JSON.parse(raw) as Partial<Draft>) } : null;
  } catch {
    return null;
  }
}

export const saveDraft = (draft: Draft): void => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
export const clearDraft = (): void => sessionStorage.removeItem(DRAFT_KEY);

/** A valid age in whole years, or an error to show beside the field. */
export function ageProblem(text: string): string | undefined {
  if (text === '') return undefined;
  const age = Number(text);
  return !/^\d+$/.test(text) || age < 10 || age > 110 ? 'Enter your age in whole years.' : undefined;
}
