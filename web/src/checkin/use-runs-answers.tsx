import { useEffect, useState, type ReactNode } from 'react';
import { answersFromRuns, fillFromRuns, type RunsAnswer } from '../../../src/core/checkin';
import type { DistanceUnit } from '../../../src/core/units/format';
import { apiCall } from '../lib/api';
import { browserTimeZone } from '../lib/time-zone';
import type { Draft } from './checkin-draft';
import { isRunsValue, runsValueText } from './runs-words';
import type { Answer } from './steps';

export interface RunsPrefill {
  hint: ReactNode;
  /** Changes when the question must show the answer afresh (filled, or the runs' value taken back). */
  key: string;
}

/**
 * The training questions answered from the runner's runs (GET /api/load/factors): once the check-in
 * reaches them (`active`), each one the runner has not answered yet gets the measured value as its answer,
 * marked "from your runs" with its weeks. The runner may change it; their answer wins, and "Use my runs’
 * value" takes the measured one back. Only causes questions: warning signs are never touched.
 */
export function useRunsAnswers({
  active,
  draft,
  setDraft,
  setAnswer,
  units,
}: {
  active: boolean;
  draft: Draft;
  setDraft: (update: (d: Draft) => Draft) => void;
  setAnswer: (code: string, value: Answer) => void;
  units: DistanceUnit;
}): Partial<Record<string, RunsPrefill>> {
  const [fromRuns, setFromRuns] = useState<RunsAnswer[] | null>(null);
  const [resets, setResets] = useState<Partial<Record<string, number>>>({});

  useEffect(() => {
    let live = true;
    apiCall('GET /api/load/factors', { query: { timeZone: browserTimeZone() } })
      .then((r) => live && setFromRuns(answersFromRuns(r.factors)))
      .catch(() => live && setFromRuns([]));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!active || !fromRuns || draft.runsApplied) return;
    setDraft((d) => ({
      ...d,
      runsApplied: true,
      answers: { ...d.answers, ...fillFromRuns(d.answers, fromRuns) },
    }));
  }, [active, fromRuns, draft.runsApplied, setDraft]);

  if (!fromRuns || !draft.runsApplied) return {};
  return Object.fromEntries(
    fromRuns.map((a) => [
      a.code,
      {
        key: `runs-${resets[a.code] ?? 0}`,
        hint: (
          <RunsHint
            answer={a}
            same={isRunsValue(draft.answers[a.code], a)}
            units={units}
            onUse={() => {
              setAnswer(a.code, a.value);
              setResets((r) => ({ ...r, [a.code]: (r[a.code] ?? 0) + 1 }));
            }}
          />
        ),
      },
    ]),
  );
}

function RunsHint({
  answer,
  same,
  units,
  onUse,
}: {
  answer: RunsAnswer;
  same: boolean;
  units: DistanceUnit;
  onUse: () => void;
}) {
  const value = runsValueText(answer, units);
  if (same)
    return (
      <span className="from-runs">
        <strong>From your runs.</strong> {answer.basis} Change it if it is not right.
      </span>
    );
  return (
    <span className="from-runs">
      <strong>Your runs say {value}.</strong> {answer.basis}{' '}
      <button
        type="button"
        className="link-button"
        onClick={onUse}
        aria-label={`Use my runs’ value, ${value}`}
      >
        Use my runs’ value
      </button>
    </span>
  );
}
