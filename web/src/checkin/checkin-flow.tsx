import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { triage, redFlagQuestionCodes, type Sex } from '../../../src/core/checkin';
import { api, ApiError } from '../lib/api';
import { Field } from '../components/field';
import { NumberQuestion, PainScale, YesNoQuestion } from './questions';
import { buildSteps, STABLE_CODES, toFindings, unansweredOn, type Answers } from './steps';
import { emptyStartBack, finishedStartBack, StartBackStep, type StartBackDraft } from './start-back-step';
import type { CheckinList, CheckinRecord } from './types';

interface Draft {
  age: string;
  sex: Sex | '';
  answers: Answers;
  step: number;
  startBack: StartBackDraft;
  takeStartBack: boolean;
}

const DRAFT_KEY = 'backstride.checkin-draft';
const emptyDraft = (): Draft => ({
  age: '',
  sex: '',
  answers: {},
  step: 0,
  startBack: emptyStartBack(),
  takeStartBack: false,
});

function loadDraft(): Draft | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

const painHeadlineMissing = (answers: Answers): boolean =>
  typeof answers.pain_score_0_10 !== 'number' || typeof answers.pain_duration_days !== 'number';

/** The check-in, one calm step at a time; red flags first, and an emergency ends it at once. */
export function CheckinFlow() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => loadDraft() ?? emptyDraft());
  const [known, setKnown] = useState<Set<string>>(new Set());
  const [showMissing, setShowMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Start from what the last check-in already told us: age, sex and stable history.
  useEffect(() => {
    if (loadDraft()) return;
    void (async () => {
      const list = await api<CheckinList>('GET', '/api/checkins');
      const last = list.items[0];
      if (!last) return;
      const record = await api<CheckinRecord>('GET', `/api/checkins/${last.id}`);
      const stable = record.findings.filter((f) => STABLE_CODES.has(f.code));
      setKnown(new Set(stable.filter((f) => f.value === true).map((f) => f.code)));
      setDraft((d) => ({
        ...d,
        age: d.age || String(record.age),
        sex: d.sex || record.sex,
        answers: { ...Object.fromEntries(stable.map((f) => [f.code, f.value])), ...d.answers },
      }));
    })().catch(() => undefined);
  }, []);

  useEffect(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft)), [draft]);

  const steps = useMemo(() => (draft.sex ? buildSteps(draft.sex) : []), [draft.sex]);
  const totalSteps = steps.length + 2; // about you + steps + questionnaire
  const age = Number(draft.age);
  const ageError =
    draft.age !== '' && (!/^\d+$/.test(draft.age) || age < 10 || age > 110)
      ? 'Enter your age in whole years.'
      : undefined;

  const setAnswer = (code: string, value: Answers[string]) =>
    setDraft((d) => ({ ...d, answers: { ...d.answers, [code]: value } }));
  const goTo = (step: number) => {
    setShowMissing(false);
    setDraft((d) => ({ ...d, step }));
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const submit = async (answers: Answers) => {
    if (!draft.sex) return;
    setBusy(true);
    setError(null);
    const findings = toFindings(answers);
    const answered = new Set(findings.map((f) => f.code));
    const startBack = draft.takeStartBack ? finishedStartBack(draft.startBack) : null;
    try {
      const saved = await api<CheckinRecord>('POST', '/api/checkins', {
        age,
        sex: draft.sex,
        findings,
        complete: redFlagQuestionCodes(draft.sex).every((c) => answered.has(c)),
        ...(startBack ? { startBack } : {}),
      });
      sessionStorage.removeItem(DRAFT_KEY);
      navigate(`/check-in/${saved.id}`, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not save the check-in. Try again.');
      setBusy(false);
    }
  };

  const onContinue = () => {
    if (draft.step === 0) {
      if (!draft.sex || draft.age === '' || ageError) return setShowMissing(true);
      return goTo(1);
    }
    const step = steps[draft.step - 1];
    if (step) {
      if (unansweredOn(step, draft.answers).length > 0) return setShowMissing(true);
      // How long and how bad decide several rules (a young runner's stress fracture, a pain that will not settle).
      if (step.id === 'pain' && painHeadlineMissing(draft.answers)) return setShowMissing(true);
      if (step.redFlags && draft.sex) {
        // Nothing asked later can lower an emergency: stop here and show what to do.
        const now = triage({ age, sex: draft.sex, findings: toFindings(draft.answers) });
        if (now.urgency === 'emergency') return void submit(draft.answers);
      }
      return goTo(draft.step + 1);
    }
    return void submit(draft.answers);
  };

  const step = draft.step > 0 ? steps[draft.step - 1] : undefined;
  const headlineMissing = step?.id === 'pain' && showMissing && painHeadlineMissing(draft.answers);
  const onQuestionnaire = draft.step === steps.length + 1;
  const missing =
    step && showMissing ? new Set(unansweredOn(step, draft.answers).map((d) => d.code)) : new Set<string>();

  return (
    <div className="checkin-flow">
      <p className="step-count" aria-live="polite">
        Step {draft.step + 1} of {totalSteps || 7}
      </p>
      <progress className="step-progress" max={totalSteps || 7} value={draft.step + 1} aria-hidden="true" />

      {draft.step === 0 && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            About you
          </h1>
          <p className="muted">Two quick facts that change which signs matter.</p>
          <Field
            label="Your age"
            inputMode="numeric"
            value={draft.age}
            onChange={(e) => setDraft((d) => ({ ...d, age: e.target.value.trim() }))}
            error={ageError ?? (showMissing && draft.age === '' ? 'Enter your age.' : undefined)}
          />
          <fieldset className={`question${showMissing && !draft.sex ? ' question-missing' : ''}`}>
            <legend>Sex</legend>
            <p className="field-hint">Used for a few questions, such as pregnancy and periods.</p>
            {showMissing && !draft.sex && <p className="field-error">Please choose one.</p>}
            <div className="segmented">
              {(['F', 'M'] as const).map((s) => (
                <label key={s} className={draft.sex === s ? 'selected' : undefined}>
                  <input
                    type="radio"
                    name="sex"
                    checked={draft.sex === s}
                    onChange={() => setDraft((d) => ({ ...d, sex: s }))}
                  />
                  <span>{s === 'F' ? 'Female' : 'Male'}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}

      {step && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {step.title}
          </h1>
          <p className="muted">{step.intro}</p>
          {step.id === 'pain' && (
            <>
              <PainScale
                value={
                  typeof draft.answers.pain_score_0_10 === 'number'
                    ? draft.answers.pain_score_0_10
                    : undefined
                }
                onChange={(v) => setAnswer('pain_score_0_10', v)}
                missing={headlineMissing && draft.answers.pain_score_0_10 === undefined}
              />
              <NumberQuestion
                def={{
                  code: 'pain_duration_days',
                  type: 'N',
                  group: 'pain',
                  topic: 'pain_course',
                  askAs: 'How many days ago did this bout of back pain begin?',
                  everyCheckin: false,
                  unit: 'days',
                  min: 0,
                }}
                value={draft.answers.pain_duration_days}
                onChange={(v) => setAnswer('pain_duration_days', v)}
                missing={headlineMissing && draft.answers.pain_duration_days === undefined}
              />
            </>
          )}
          {step.sections.map((s) => {
            const knownHere = s.codes.filter((d) => known.has(d.code));
            const ask = s.codes.filter((d) => !known.has(d.code));
            return (
              <section key={s.topic} className="question-group" aria-labelledby={`h-${step.id}-${s.topic}`}>
                <h2 id={`h-${step.id}-${s.topic}`}>{s.heading}</h2>
                {knownHere.length > 0 && (
                  <details className="known">
                    <summary>From your last check-in: {knownHere.length} answered yes. Change?</summary>
                    {knownHere.map((d) => (
                      <YesNoQuestion
                        key={d.code}
                        def={d}
                        value={draft.answers[d.code]}
                        onChange={(v) => setAnswer(d.code, v)}
                        withUnsure={false}
                      />
                    ))}
                  </details>
                )}
                {ask.map((d) =>
                  d.type === 'N' ? (
                    <NumberQuestion
                      key={d.code}
                      def={d}
                      value={draft.answers[d.code]}
                      onChange={(v) => setAnswer(d.code, v)}
                    />
                  ) : (
                    <YesNoQuestion
                      key={d.code}
                      def={d}
                      value={draft.answers[d.code]}
                      onChange={(v) => setAnswer(d.code, v)}
                      withUnsure={step.redFlags}
                      missing={missing.has(d.code)}
                    />
                  ),
                )}
              </section>
            );
          })}
        </>
      )}

      {onQuestionnaire && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            One more, if you like
          </h1>
          <p className="muted">
            A nine-question questionnaire (Keele STarT Back) helps tell whether a physiotherapist would add
            most. It is optional and is never used to look for warning signs.
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.takeStartBack}
              onChange={(e) => setDraft((d) => ({ ...d, takeStartBack: e.target.checked }))}
            />
            <span>Answer the questionnaire</span>
          </label>
          {draft.takeStartBack && (
            <StartBackStep
              draft={draft.startBack}
              onChange={(startBack) => setDraft((d) => ({ ...d, startBack }))}
            />
          )}
        </>
      )}

      {headlineMissing && (
        <p className="form-error" role="alert">
          Tell us how bad the pain is and how many days ago it began; a best guess is fine.
        </p>
      )}
      {showMissing && step && missing.size > 0 && (
        <p className="form-error" role="alert">
          {missing.size === 1
            ? 'One question still needs an answer.'
            : `${missing.size} questions still need an answer.`}
        </p>
      )}
      {onQuestionnaire && draft.takeStartBack && !finishedStartBack(draft.startBack) && (
        <p className="muted">Answer all nine to include it, or untick the box to skip it.</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="flow-actions">
        {draft.step > 0 && (
          <button type="button" className="button" onClick={() => goTo(draft.step - 1)} disabled={busy}>
            Back
          </button>
        )}
        <button
          type="button"
          className="button primary"
          onClick={onContinue}
          disabled={busy || (onQuestionnaire && draft.takeStartBack && !finishedStartBack(draft.startBack))}
        >
          {busy ? 'Checking…' : onQuestionnaire ? 'See my result' : 'Continue'}
        </button>
      </div>
    </div>
  );
}
