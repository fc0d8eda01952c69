import { describe, expect, it } from 'vitest';
import {
  answerChoices,
  countsAsYes,
  findingsOf,
  noneOfThese,
  openRequiredYesNo,
  unansweredRequired,
} from './answers';
import type { FindingValue } from './checkin';
import type { AnswerContext } from './questions';
import { findingDef, type FindingDef } from './vocabulary';

const def = (code: string): FindingDef => findingDef(code)!;
const ctx = (answers: Record<string, FindingValue> = {}, age = 40): AnswerContext => ({
  age,
  sex: 'F',
  answers: new Map(Object.entries(answers)),
});

describe('"Not sure"', () => {
  it('counts as yes, as Yes does; No and no answer do not', () => {
    expect(countsAsYes('unsure')).toBe(true);
    expect(countsAsYes(true)).toBe(true);
    expect(countsAsYes(false)).toBe(false);
    expect(countsAsYes(undefined)).toBe(false);
  });

  it('is offered where an answer is required, and only there', () => {
    expect(answerChoices(def('saddle_numbness'), 40)).toEqual([false, true, 'unsure']);
    expect(answerChoices(def('hamstring_tightness'), 40)).toEqual([false, true]);
    expect(answerChoices(def('shoe_km'), 40)).toEqual([]);
  });

  it('is offered by age where a rule reads a question only for the young: under 20, not at 20', () => {
    expect(answerChoices(def('pain_with_extension'), 19)).toEqual([false, true, 'unsure']);
    expect(answerChoices(def('pain_with_extension'), 20)).toEqual([false, true]);
  });

  it('opens a follow-up as Yes does', () => {
    const defs = [def('trauma_minor'), def('bruising_abrasion_back')];
    expect(unansweredRequired(defs, ctx({ trauma_minor: false }))).toEqual([]);
    expect(unansweredRequired(defs, ctx({ trauma_minor: 'unsure' }))).toEqual(['bruising_abrasion_back']);
    expect(unansweredRequired(defs, ctx({ trauma_minor: true }))).toEqual(['bruising_abrasion_back']);
  });

  it('is sent as it is, and an answer to a follow-up hidden since is dropped', () => {
    const sent = findingsOf(ctx({ trauma_minor: 'unsure', bruising_abrasion_back: 'unsure' }));
    expect(sent).toEqual([
      { code: 'trauma_minor', value: 'unsure' },
      { code: 'bruising_abrasion_back', value: 'unsure' },
    ]);
    expect(findingsOf(ctx({ trauma_minor: false, bruising_abrasion_back: true }))).toEqual([
      { code: 'trauma_minor', value: false },
    ]);
  });
});

describe('None of these', () => {
  const defs = [def('saddle_numbness'), def('fever'), def('hamstring_tightness')];
  it('answers No to the open required yes/no questions only', () => {
    expect(noneOfThese(defs, ctx({ fever: 'unsure' }))).toEqual({ saddle_numbness: false });
    expect(openRequiredYesNo(defs, ctx()).map((d) => d.code)).toEqual(['saddle_numbness', 'fever']);
  });
  it('never overwrites a "Not sure" or a Yes', () => {
    expect(noneOfThese(defs, ctx({ saddle_numbness: true, fever: 'unsure' }))).toEqual({});
  });
});

describe('unansweredRequired', () => {
  it('lists extra required codes first, then the required questions without an answer', () => {
    expect(
      unansweredRequired([def('fever'), def('hamstring_tightness')], ctx(), ['pain_score_0_10']),
    ).toEqual(['pain_score_0_10', 'fever']);
    expect(
      unansweredRequired([def('fever')], ctx({ fever: 'unsure', pain_score_0_10: 3 }), ['pain_score_0_10']),
    ).toEqual([]);
  });
});
