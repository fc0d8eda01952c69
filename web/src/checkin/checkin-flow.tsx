import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  checkinLengthText,
  notImprovingWeeks,
  stopNow,
  type CarriedForward,
  type TriageResult,
} from '../../../src/core/checkin';
import { emergencyContactFor } from '../../../src/core/emergency/emergency-services';
import type { CheckinBody, TriageResultOut } from '../../../src/contract/checkins';
import { apiCall, ApiError } from '../lib/api';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { Field } from '../components/field';
import { ageProblem, clearDraft, emptyDraft, loadDraft, saveDraft, type Draft } from './checkin-draft';
import { EmergencyCard, type SaveState } from './emergency-card';
import { NumberQuestion, PainScale } from './questions';
import { QuestionSection } from './question-section';
import { StandingStep } from './standing-step';
import { finishedStartBack, StartBackStep } from './start-back-step';
import { buildSteps, contextFor, toFindings, unansweredOn, type Answer, type Answers } from './steps';
import type { CheckinList } from './types';
import { useRunsAnswers } from './use-runs-answers';
import { findingDef } from '../../../src/core/checkin';

type StepKey = 'about' | 'standing' | 'nerves' | 'body' | 'infection' | 'pain' | 'causes' | 'questionnaire';
const DURATION_DEF = findingDef('pain_duration_days')!;
const RETRY_MS = 5_000;
/**
 * Optional questions sit under one summary; open on a first check-in. Every question that can make a result
 * urgent or an emergency is required (§9.10); a blank here reads as No, and the rules that read these (C3, C6)
 * lead at most to "see a clinician".
 */
const OPTIONAL_SUMMARY: Partial<Record<StepKey, string>> = {
  pain: 'More about the pain (optional): helps find the causes',
  causes: 'Training, shoes and body (optional): helps find the causes',
};

/** The check-in, one calm step at a time; warning signs first, and an emergency ends it at once. */
export function CheckinFlow() {
  const navigate = useNavigate();
  const { units, country } = useSettings();
  const contact = emergencyContactFor(country);
  const [draft, setDraft] = useState<Draft>(() => loadDraft() ?? emptyDraft());
  const [overview, setOverview] = useState<CheckinList | null>(null);
  const [stopped, setStopped] = useState<{ result: TriageResultOut; save: SaveState } | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const retry = useRef<number | undefined>(undefined);

  // Start from what the last check-in already told us: age and sex, and standing history to confirm.
  useEffect(() => {
    const fresh = loadDraft() === null;
    apiCall('GET /api/checkins')
      .then((list) => {
        setOverview(list);
        const profile = list.lastProfile;
        if (fresh && profile)
          setDraft((d) => ({ ...d, age: d.age || String(profile.age), sex: d.sex || profile.sex }));
      })
      .catch(() => undefined);
    return () => window.clearTimeout(retry.current);
  }, []);
  useEffect(() => saveDraft(draft), [draft]);

  const carried: CarriedForward | null = overview?.carryForward ?? null;
  const carriedCodes = useMemo(() => new Set(carried?.answers.map((a) => a.code) ?? []), [carried]);
  const age = Number(draft.age);
  const ageError = ageProblem(draft.age);
  const ready = draft.sex !== '' && draft.age !== '' && !ageError;
  const steps = useMemo(
    () => (draft.sex ? buildSteps(age, draft.sex, carriedCodes) : []),
    [age, draft.sex, carriedCodes],
  );
  const order: StepKey[] = [
    'about',
    ...(carried ? (['standing'] as const) : []),
    ...steps.map((s) => s.id),
    'questionnaire',
  ];
  const key = order[Math.min(draft.step, order.length - 1)] ?? 'about';
  const step = steps.find((s) => s.id === key);
  const ctx = contextFor(age, draft.sex || 'F', draft.answers);
  const returning = overview !== null && overview.items.length > 0;

  // §9.6: weeks without improvement from earlier check-ins, once pain and duration are known.
  const painNow = draft.answers.pain_score_0_10;
  const daysNow = draft.answers.pain_duration_days;
  const history =
    overview && typeof painNow === 'number' && typeof daysNow === 'number'
      ? notImprovingWeeks({
          history: overview.items.flatMap((i) =>
            i.painScore === null ? [] : [{ at: i.createdAt, painScore: i.painScore }],
          ),
          painScore: painNow,
          durationDays: daysNow,
          now: new Date(),
        })
      : null;
  const prefill = history
    ? {
        not_improving_weeks: {
          value: history.weeks,
          hint: `From your check-ins: ${history.baseline}/10 on ${new Date(history.since).toLocaleDateString()}, ${painNow}/10 now. Change it if that is not right.`,
        },
      }
    : {};

  const findingsFor = (answers: Answers) => {
    const findings = toFindings(contextFor(age, draft.sex || 'F', answers));
    if (history && !findings.some((f) => f.code === 'not_improving_weeks'))
      findings.push({ code: 'not_improving_weeks', value: history.weeks });
    return findings;
  };
  const bodyFor = (answers: Answers): CheckinBody => ({
    age,
    sex: draft.sex || 'F',
    findings: findingsFor(answers),
    ...(country ? { country } : {}),
  });

  /** Store a check-in that stopped on an emergency, retrying while there is no connection. */
  const saveStopped = (body: CheckinBody) => {
    apiCall('POST /api/checkins', { body })
      .then(() => {
        setStopped((s) => (s ? { ...s, save: 'saved' } : s));
        clearDraft();
      })
      .catch(() => {
        setStopped((s) => (s ? { ...s, save: 'failed' } : s));
        retry.current = window.setTimeout(() => saveStopped(body), RETRY_MS);
      });
  };
  const stopOnEmergency = (answers: Answers): boolean => {
    if (!ready || !draft.sex) return false;
    const result: TriageResult | null = stopNow(
      { age, sex: draft.sex, findings: findingsFor(answers) },
      { contact },
    );
    if (result?.urgency !== 'emergency') return false;
    setStopped({ result, save: 'saving' });
    window.scrollTo({ top: 0 });
    saveStopped(bodyFor(answers));
    return true;
  };

  const setAnswers = (values: Record<string, Answer | undefined>) => {
    const answers = { ...draft.answers, ...values };
    setDraft((d) => ({ ...d, answers: { ...d.answers, ...values } }));
    stopOnEmergency(answers);
  };
  const setAnswer = (code: string, value: Answer | undefined) => setAnswers({ [code]: value });
  const runsPrefill = useRunsAnswers({ active: key === 'causes', draft, setDraft, setAnswer, units });
  const goTo = (index: number) => {
    setShowMissing(false);
    setDraft((d) => ({ ...d, step: index }));
    window.scrollTo({ top: 0 });
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const submit = async () => {
    if (!draft.sex) return;
    setBusy(true);
    setError(null);
    const startBack = draft.takeStartBack ? finishedStartBack(draft.startBack) : null;
    try {
      const saved = await apiCall('POST /api/checkins', {
        body: { ...bodyFor(draft.answers), ...(startBack ? { startBack } : {}) },
      });
      clearDraft();
      navigate(`/check-in/${saved.id}`, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not save the check-in. Try again.');
      setBusy(false);
    }
  };

  const stepTitle: Record<StepKey, string> = {
    about: 'About you',
    standing: 'Still true?',
    nerves: step?.title ?? '',
    body: step?.title ?? '',
    infection: step?.title ?? '',
    pain: 'Your pain',
    causes: 'Training and body',
    questionnaire: 'One more, if you like',
  };
  usePageTitle(stopped ? null : `Check-in: ${stepTitle[key]}`);
  /** Shows what is missing and takes keyboard focus to the first question that needs an answer. */
  const flagMissing = () => {
    setShowMissing(true);
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>('.question-missing input, .field-invalid input, [aria-invalid] ')
        ?.focus(),
    );
  };

  const standingOpen = carried ? carried.answers.filter((a) => draft.answers[a.code] === undefined) : [];
  const missingCodes = step ? unansweredOn(step, ctx) : [];
  const onContinue = () => {
    if (key === 'about') return ready ? goTo(draft.step + 1) : flagMissing();
    if (key === 'standing') return standingOpen.length > 0 ? flagMissing() : goTo(draft.step + 1);
    if (key === 'questionnaire') return void submit();
    if (missingCodes.length > 0) return flagMissing();
    if (step?.screen && draft.sex) {
      // The core decides: urgent once every warning sign is answered, or an emergency at any point.
      const early = stopNow({ age, sex: draft.sex, findings: findingsFor(draft.answers) }, { contact });
      if (early?.urgency === 'emergency') return void stopOnEmergency(draft.answers);
      if (early) return void submit();
    }
    return goTo(draft.step + 1);
  };

  if (stopped) {
    return (
      <EmergencyCard
        result={stopped.result}
        save={stopped.save}
        onChangeAnswers={() => {
          window.clearTimeout(retry.current);
          setStopped(null);
        }}
      />
    );
  }

  const missing = new Set(showMissing ? missingCodes : []);
  const painMissing = showMissing && key === 'pain';
  const sectionProps = {
    stepId: step?.id ?? '',
    ctx,
    missing,
    units,
    onAnswer: setAnswer,
    onAnswers: setAnswers,
    prefill: step?.id === 'pain' ? prefill : step?.id === 'causes' ? runsPrefill : {},
  };
  return (
    <div className="checkin-flow">
      <p className="step-count" aria-live="polite">
        Step {draft.step + 1} of {order.length}
      </p>
      <progress className="step-progress" max={order.length} value={draft.step + 1} aria-hidden="true" />

      {key === 'about' && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            About you
          </h1>
          <p className="muted">
            A check-in takes {checkinLengthText(returning)}: warning signs first, then your pain and training.
          </p>
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

      {key === 'standing' && carried && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            Still true?
          </h1>
          <p className="muted">
            These rarely change, so here is what you said last time. Symptoms are asked afresh every time.
          </p>
          <StandingStep
            carried={carried}
            age={age}
            answers={draft.answers}
            editing={draft.standing === 'editing'}
            onConfirm={() => {
              setAnswers(Object.fromEntries(carried.answers.map((a) => [a.code, a.value])));
              setDraft((d) => ({ ...d, standing: 'confirmed' }));
              goTo(draft.step + 1);
            }}
            onEdit={() => {
              setDraft((d) => ({
                ...d,
                standing: 'editing',
                answers: {
                  ...Object.fromEntries(carried.answers.map((a) => [a.code, a.value])),
                  ...d.answers,
                },
              }));
            }}
            onAnswer={setAnswer}
          />
          {showMissing && standingOpen.length > 0 && (
            <p className="form-error" role="alert">
              Confirm the list, or tell us what has changed.
            </p>
          )}
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
                value={typeof painNow === 'number' ? painNow : undefined}
                onChange={(v) => setAnswer('pain_score_0_10', v)}
                missing={painMissing && painNow === undefined}
              />
              <NumberQuestion
                def={DURATION_DEF}
                value={daysNow}
                onChange={(v) => setAnswer('pain_duration_days', v)}
                missing={painMissing && daysNow === undefined}
              />
            </>
          )}
          {step.sections
            .filter((s) => step.screen || s.id === 'must')
            .map((s) => (
              <QuestionSection key={s.id} section={s} {...sectionProps} />
            ))}
          {!step.screen && (
            <details
              className="optional-questions"
              open={!returning || (step.id === 'causes' && Object.keys(runsPrefill).length > 0)}
            >
              <summary>{OPTIONAL_SUMMARY[step.id]}</summary>
              {step.sections
                .filter((s) => s.id !== 'must')
                .map((s) => (
                  <QuestionSection key={s.id} section={s} {...sectionProps} />
                ))}
            </details>
          )}
        </>
      )}

      {key === 'questionnaire' && (
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
          {draft.takeStartBack && !finishedStartBack(draft.startBack) && (
            <p className="muted">Answer all nine to include it, or untick the box to skip it.</p>
          )}
        </>
      )}

      {showMissing && step && missing.size > 0 && (
        <p className="form-error" role="alert">
          {missing.size === 1
            ? 'One question still needs an answer.'
            : `${missing.size} questions still need an answer.`}{' '}
          A best guess or “Not sure” is fine.
        </p>
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
          disabled={
            busy || (key === 'questionnaire' && draft.takeStartBack && !finishedStartBack(draft.startBack))
          }
        >
          {busy ? 'Checking…' : key === 'questionnaire' ? 'See my result' : 'Continue'}
        </button>
      </div>
    </div>
  );
}
