import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PlanRecord } from '../../../src/contract/plans';
import { MAX_PLAN_WEEKS } from '../../../src/contract/plan';
import { MAX_RUNS_PER_WEEK, WEEKDAYS, type Weekday } from '../../../src/core/plan/plan-layout';
import { Field } from '../components/field';
import { ApiError, apiCall } from '../lib/api';
import { browserTimeZone } from '../lib/time-zone';

const DAY_WORD: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

type FieldName = 'runsPerWeek' | 'weeks' | 'availableDays' | 'startDate';

/** A whole number within bounds, or the sentence that says what is wrong. */
function wholeIn(text: string, lo: number, hi: number, what: string): string | undefined {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < lo || n > hi)
    return `Enter ${what} as a whole number from ${lo} to ${hi}.`;
  return undefined;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The short form that builds a plan: runs a week, weeks, the days the runner can run and a start date.
 * Checks as the runner types; a server refusal (no check-in yet) is said plainly with the way forward.
 */
export function BuildPlanForm({ onBuilt }: { onBuilt: (record: PlanRecord) => void }) {
  const [runs, setRuns] = useState('3');
  const [weeks, setWeeks] = useState('6');
  const [days, setDays] = useState<Weekday[]>([...WEEKDAYS]);
  const [start, setStart] = useState(localToday());
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const errors: Partial<Record<FieldName, string>> = {
    runsPerWeek: wholeIn(runs, 1, MAX_RUNS_PER_WEEK, 'runs a week'),
    weeks: wholeIn(weeks, 1, MAX_PLAN_WEEKS, 'the weeks'),
    availableDays: days.length === 0 ? 'Pick at least one day you can run.' : undefined,
    startDate: /^\d{4}-\d{2}-\d{2}$/.test(start) ? undefined : 'Pick the date to start from.',
  };
  const shown = (f: FieldName) => (touched[f] ? errors[f] : undefined) ?? failure?.fieldError(f);

  const toggle = (d: Weekday) => {
    setTouched((t) => ({ ...t, availableDays: true }));
    setDays((now) =>
      now.includes(d) ? now.filter((x) => x !== d) : WEEKDAYS.filter((x) => x === d || now.includes(x)),
    );
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched({ runsPerWeek: true, weeks: true, availableDays: true, startDate: true });
    if (Object.values(errors).some(Boolean)) return;
    setBusy(true);
    setFailure(null);
    try {
      const record = await apiCall('POST /api/plans', {
        body: {
          runsPerWeek: Number(runs),
          weeks: Number(weeks),
          startDate: start,
          availableDays: days,
          timeZone: browserTimeZone(),
        },
      });
      onBuilt(record);
    } catch (err) {
      setFailure(err instanceof ApiError ? err : new ApiError(0, 'unknown', 'The plan could not be built.'));
    } finally {
      setBusy(false);
    }
  }

  const fewDays = days.length > 0 && Number(runs) > days.length;
  const needsCheckin = failure?.code === 'checkin_required';

  return (
    <form className="card build-plan" onSubmit={submit} noValidate aria-labelledby="build-h">
      <h2 id="build-h">Build your plan</h2>
      <p>
        It is built from your latest check-in and the runs you have logged: weekly runs that grow gently,
        core, glute and stretching sessions at set doses, and at least one full rest day a week.
      </p>
      <Field
        label="Runs a week"
        hint={`At most ${MAX_RUNS_PER_WEEK}: every week keeps a full rest day.`}
        inputMode="numeric"
        value={runs}
        onChange={(e) => setRuns(e.target.value)}
        onBlur={() => setTouched((t) => ({ ...t, runsPerWeek: true }))}
        error={shown('runsPerWeek')}
      />
      <Field
        label="Weeks"
        hint="How long the plan runs. Six is a good start; you can build a new one any time."
        inputMode="numeric"
        value={weeks}
        onChange={(e) => setWeeks(e.target.value)}
        onBlur={() => setTouched((t) => ({ ...t, weeks: true }))}
        error={shown('weeks')}
      />
      <fieldset aria-describedby={shown('availableDays') ? 'days-error' : undefined}>
        <legend>Days you can run</legend>
        <div className="day-choices">
          {WEEKDAYS.map((d) => (
            <label key={d} className="choice">
              <input type="checkbox" checked={days.includes(d)} onChange={() => toggle(d)} />
              {DAY_WORD[d]}
            </label>
          ))}
        </div>
        {shown('availableDays') && (
          <p id="days-error" className="field-error" role="alert">
            {shown('availableDays')}
          </p>
        )}
        {fewDays && (
          <p className="field-hint">More runs than days: the plan puts one run on each day you picked.</p>
        )}
      </fieldset>
      <Field
        label="Start from"
        hint="The plan starts on the Monday on or after this date."
        type="date"
        value={start}
        onChange={(e) => setStart(e.target.value)}
        onBlur={() => setTouched((t) => ({ ...t, startDate: true }))}
        error={shown('startDate')}
      />
      {failure && !failure.issues.some((i) => i.path.startsWith('body.')) && (
        <div className="form-error" role="alert">
          <p>{failure.message}</p>
          {needsCheckin && (
            <p>
              <Link to="/check-in/new">Start a check-in</Link>, then come back to build your plan.
            </p>
          )}
        </div>
      )}
      <button type="submit" className="button primary wide" disabled={busy}>
        {busy ? 'Building your plan…' : 'Build my plan'}
      </button>
    </form>
  );
}
