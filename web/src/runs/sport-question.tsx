/**
 * The one-tap question on an activity of unknown sport: "Was this a run, a walk or a ride?", with the
 * server's suggestion (src/core/runs/sport-suggestion) marked. The answer is saved at once.
 */
import { useId, useState } from 'react';
import { apiCall } from '../lib/api';
import type { Run, RunListItem } from './types';
import { SPORT_ANSWERS, type SportAnswer } from './words';
import './sport-question.css';

export function SportQuestion({
  run,
  onAnswered,
}: {
  run: RunListItem;
  /** The run as saved, and the answer it was given. */
  onAnswered: (saved: Run, answer: SportAnswer) => void;
}) {
  const titleId = useId();
  const reasonId = useId();
  const [saving, setSaving] = useState<SportAnswer['sport'] | null>(null);
  const [failed, setFailed] = useState(false);
  const suggested = SPORT_ANSWERS.find((a) => a.sport === run.suggestedSport);

  const answer = async (a: SportAnswer) => {
    setSaving(a.sport);
    setFailed(false);
    try {
      const saved = await apiCall('PATCH /api/runs/:id', {
        params: { id: run.id },
        body: { sport: a.sport },
      });
      onAnswered(saved, a);
    } catch {
      setFailed(true);
      setSaving(null);
    }
  };

  return (
    <div
      className="sport-question"
      role="group"
      aria-labelledby={titleId}
      aria-describedby={run.suggestionReason ? reasonId : undefined}
      aria-busy={saving !== null}
      data-run={run.id}
    >
      <p id={titleId} className="sport-question-title">
        Was this a run, a walk or a ride?
      </p>
      {run.suggestionReason && (
        <p id={reasonId} className="sport-question-reason">
          {run.suggestionReason}
        </p>
      )}
      <div className="sport-choices">
        {SPORT_ANSWERS.map((a) => {
          const isSuggested = a === suggested;
          return (
            <button
              key={a.sport}
              type="button"
              className={`button sport-choice${isSuggested ? ' primary' : ''}`}
              disabled={saving !== null}
              onClick={() => void answer(a)}
            >
              {isSuggested && (
                <span className="sport-choice-mark" aria-hidden="true">
                  ✓{' '}
                </span>
              )}
              {a.label}
              {isSuggested && <span className="visually-hidden">, suggested</span>}
            </button>
          );
        })}
      </div>
      {failed && (
        <p className="field-error" role="alert">
          Could not save your answer. Check your connection and tap again.
        </p>
      )}
    </div>
  );
}
