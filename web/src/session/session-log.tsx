/** The log at the end of a guided session: pain during, each exercise's sets and form, and the red-flag question. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ExerciseTally, GuidedKind } from '../../../src/core/plan/session-steps';
import { LIBRARY } from '../../../src/core/plan/library';
import { apiCall, ApiError } from '../lib/api';
import { addToDiary, DiaryBox, DIARY_FAILED } from '../pain/quick-pain';
import { LogFormEnd, PainButtons, RedFlagAdvice } from './log-fields';
import { SESSION_NAME } from './words';

interface ExerciseAnswer {
  setsDone: number;
  formOk: boolean;
}

export function SessionLog({
  planId,
  date,
  kind,
  itemIndex,
  tallies,
}: {
  planId: string;
  date: string;
  kind: GuidedKind;
  itemIndex: number;
  tallies: readonly ExerciseTally[];
}) {
  const [pain, setPain] = useState<number | null>(null);
  const [redFlag, setRedFlag] = useState<boolean | null>(null);
  const [answers, setAnswers] = useState<ExerciseAnswer[]>(() =>
    tallies.map((t) => ({ setsDone: t.setsDone, formOk: true })),
  );
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [diary, setDiary] = useState(true);
  const [saved, setSaved] = useState<{ redFlag: boolean; diaryFailed: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const setAnswer = (i: number, patch: Partial<ExerciseAnswer>) =>
    setAnswers((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (pain === null || redFlag === null) return;
    setSaving(true);
    setError(null);
    try {
      await apiCall('POST /api/plans/:id/logs', {
        params: { id: planId },
        body: {
          date,
          kind,
          itemIndex,
          painDuring: pain,
          newRedFlag: redFlag,
          exercises: tallies.map((t, i) => ({ id: t.id, ...answers[i]! })),
        },
      });
      let diaryFailed = false;
      if (diary) {
        const note = `${SESSION_NAME[kind]} of ${date}, from the plan.`;
        diaryFailed = await addToDiary(pain, 'during_exercise', note).then(
          () => false,
          () => true,
        );
      }
      setSaved({ redFlag, diaryFailed });
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'network'
          ? 'Not saved: there is no connection. Keep this page open and save again when you have signal.'
          : `Not saved: ${err instanceof Error ? err.message : 'something went wrong'}. Try again.`,
      );
    } finally {
      setSaving(false);
    }
  };

  if (saved) {
    return (
      <section
        className="session-log card"
        aria-labelledby="log-saved-heading"
        ref={(el) => el?.scrollIntoView({ block: 'start' })}
      >
        {saved.redFlag && <RedFlagAdvice />}
        <div role="status">
          <h2 id="log-saved-heading">Saved</h2>
        </div>
        <p>
          {saved.redFlag
            ? 'Your answers are kept with your plan.'
            : 'Your plan adjusts to what you logged. Tomorrow morning, say how your back feels.'}
        </p>
        {saved.diaryFailed && <p role="alert">{DIARY_FAILED}</p>}
        <Link className="button wide" to="/plan">
          Back to your plan
        </Link>
      </section>
    );
  }

  return (
    <form className="session-log" onSubmit={onSubmit} noValidate aria-labelledby="log-heading">
      <h2 id="log-heading">How did it go?</h2>
      <PainButtons
        legend="Pain during the session"
        value={pain}
        onChange={setPain}
        missing={tried && pain === null}
      />
      {tallies.length > 0 && (
        <fieldset className="log-question">
          <legend>Sets done</legend>
          <p className="field-hint">Untick “form held” if your form broke down in a set.</p>
          <ul className="tally-list">
            {tallies.map((t, i) => {
              const a = answers[i]!;
              const name = LIBRARY[t.id].name;
              return (
                <li key={t.id}>
                  <span className="tally-name">{name}</span>
                  <span className="stepper" role="group" aria-label={`${name}: sets done`}>
                    <button
                      type="button"
                      className="stepper-button"
                      aria-label={`One set fewer of ${name}`}
                      disabled={a.setsDone <= 0}
                      onClick={() => setAnswer(i, { setsDone: a.setsDone - 1 })}
                    >
                      −
                    </button>
                    <output aria-live="polite">
                      {a.setsDone} of {t.sets}
                    </output>
                    <button
                      type="button"
                      className="stepper-button"
                      aria-label={`One set more of ${name}`}
                      disabled={a.setsDone >= t.sets}
                      onClick={() => setAnswer(i, { setsDone: a.setsDone + 1 })}
                    >
                      +
                    </button>
                  </span>
                  <label className="choice form-held">
                    <input
                      type="checkbox"
                      checked={a.formOk}
                      onChange={(e) => setAnswer(i, { formOk: e.target.checked })}
                    />
                    Form held
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <DiaryBox checked={diary} onChange={setDiary} />
      <LogFormEnd
        redFlag={redFlag}
        onRedFlag={setRedFlag}
        tried={tried}
        error={error}
        saving={saving}
        saveLabel="Save"
      />
      <p>
        <Link to="/plan">Leave without logging</Link>
      </p>
    </form>
  );
}
