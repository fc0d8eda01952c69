import { useId } from 'react';
import { BOTHER_LEVELS, type StartBackAnswers } from '../../../src/core/checkin/start-back';
import {
  KEELE_AGREE_ITEMS,
  KEELE_BOTHER_ITEM,
  KEELE_BOTHER_OPTIONS,
  KEELE_NOTICE,
  KEELE_PREAMBLE,
} from './keele-start-back';

export interface StartBackDraft {
  agree: (boolean | undefined)[];
  bothersome: StartBackAnswers['bothersome'] | undefined;
}

export const emptyStartBack = (): StartBackDraft => ({
  agree: Array(8).fill(undefined),
  bothersome: undefined,
});

/** Complete answers, or null while any item is unanswered. */
export function finishedStartBack(d: StartBackDraft): StartBackAnswers | null {
  if (d.bothersome === undefined || d.agree.some((a) => a === undefined)) return null;
  return { agree: d.agree as boolean[], bothersome: d.bothersome };
}

/** The optional Keele questionnaire, unmodified, with Keele's notice beneath it. */
export function StartBackStep({
  draft,
  onChange,
}: {
  draft: StartBackDraft;
  onChange: (d: StartBackDraft) => void;
}) {
  const base = useId();
  return (
    <div className="start-back">
      <p>{KEELE_PREAMBLE}</p>
      {KEELE_AGREE_ITEMS.map((item, i) => (
        <fieldset key={item} className="question">
          <legend>
            {i + 1}. {item}
          </legend>
          <div className="segmented">
            {(['Disagree', 'Agree'] as const).map((label) => {
              const value = label === 'Agree';
              return (
                <label key={label} className={draft.agree[i] === value ? 'selected' : undefined}>
                  <input
                    type="radio"
                    name={`${base}-${i}`}
                    checked={draft.agree[i] === value}
                    onChange={() =>
                      onChange({ ...draft, agree: draft.agree.map((a, j) => (j === i ? value : a)) })
                    }
                  />
                  <span>{label}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <fieldset className="question">
        <legend>9. {KEELE_BOTHER_ITEM}</legend>
        <div className="stacked-choices">
          {BOTHER_LEVELS.map((level, i) => (
            <label key={level} className={draft.bothersome === level ? 'selected' : undefined}>
              <input
                type="radio"
                name={`${base}-9`}
                checked={draft.bothersome === level}
                onChange={() => onChange({ ...draft, bothersome: level })}
              />
              <span>{KEELE_BOTHER_OPTIONS[i]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="notice">{KEELE_NOTICE}</p>
    </div>
  );
}
