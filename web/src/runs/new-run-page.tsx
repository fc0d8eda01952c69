import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { apiCall, ApiError } from '../lib/api';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { Field } from '../components/field';
import {
  formatRunPace,
  fromUnits,
  parseDistanceInput,
  parseWholeInput,
  toUnits,
} from '../../../src/core/units/format';
import {
  MANUAL_RUN_LIMITS,
  overManualLimit,
  startsInFuture,
  tooFastToRun,
} from '../../../src/core/runs/manual-run-limits';
import type { ManualRunBody, Surface } from './types';
import { SurfaceSelect } from './run-edit';
import { DEFAULT_SHOE, ShoeSelect } from '../shoes/shoe-select';

const pad = (n: number) => String(n).padStart(2, '0');
const today = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

interface Draft {
  date: string;
  time: string;
  distance: string;
  h: string;
  m: string;
  s: string;
  indoor: boolean;
  surface: Surface | '';
  /** A shoe id, '' for none, or DEFAULT_SHOE. */
  shoe: string;
  name: string;
}

type Errors = Partial<Record<'date' | 'distance' | 'duration', string>>;

interface Checked {
  errors: Errors;
  body: ManualRunBody | null;
}

/** What is wrong with the draft, field by field, and the body to send when nothing is. */
function check(d: Draft, units: 'km' | 'mi', now: Date): Checked {
  const errors: Errors = {};
  const start = d.date && d.time ? new Date(`${d.date}T${d.time}`) : null;
  if (!d.date) errors.date = 'Enter the day of the run.';
  else if (!d.time) errors.date = 'Enter the time you started.';
  else if (!start || Number.isNaN(start.getTime())) errors.date = 'That date is not one the app can read.';
  else if (startsInFuture(start.getTime(), now, 'own'))
    errors.date = 'This is in the future. Pick the day you ran.';
  else if (start.getFullYear() < MANUAL_RUN_LIMITS.earliestYear)
    errors.date = `Pick a date from ${MANUAL_RUN_LIMITS.earliestYear} on.`;

  const distance = parseDistanceInput(d.distance);
  // One source for the web and the API: the core's limits, said in the runner's unit.
  const max = Math.floor(toUnits(MANUAL_RUN_LIMITS.maxDistanceM, units));
  const maxHours = MANUAL_RUN_LIMITS.maxElapsedS / 3600;
  if (!d.distance.trim()) errors.distance = 'Enter how far you ran.';
  else if (distance === null) errors.distance = `Use a number, like ${units === 'km' ? '5.2' : '3.1'}.`;
  else if (distance <= 0) errors.distance = 'Enter a distance above 0.';
  else if (distance > max) errors.distance = `That is more than ${max} ${units}. Check the number.`;

  const parts = [d.h, d.m, d.s];
  const [h, m, s] = parts.map((p) => (p.trim() === '' ? 0 : parseWholeInput(p)));
  let seconds: number | null = null;
  if (parts.every((p) => p.trim() === '')) errors.duration = 'Enter how long you ran.';
  else if (h === null || m === null || s === null || h === undefined || m === undefined || s === undefined)
    errors.duration = 'Use whole numbers for hours, minutes and seconds.';
  else if (m > 59 || s > 59) errors.duration = 'Minutes and seconds go up to 59.';
  else if (overManualLimit({ elapsedS: h * 3600 + m * 60 + s }))
    errors.duration = `That is more than ${maxHours} hours. Check the hours.`;
  else if (h * 3600 + m * 60 + s === 0) errors.duration = 'Enter a time above zero.';
  else seconds = h * 3600 + m * 60 + s;

  if (!errors.distance && !errors.duration && distance !== null && seconds !== null) {
    if (tooFastToRun(fromUnits(distance, units), seconds))
      errors.duration = `That is ${formatRunPace(fromUnits(distance, units), seconds, units)}, faster than a world record. Check the time and distance.`;
  }
  const ok = Object.keys(errors).length === 0;
  return {
    errors,
    body:
      ok && start && distance !== null && seconds !== null
        ? {
            startTime: start.toISOString(),
            distanceM: Math.round(fromUnits(distance, units) * 10) / 10,
            elapsedS: seconds,
            indoor: d.indoor,
            surface: d.surface || null,
            ...(d.shoe === DEFAULT_SHOE ? {} : { shoeId: d.shoe || null }),
            name: d.name.trim() || null,
          }
        : null,
  };
}

/** A run entered by hand (a treadmill, or no watch): checked as you type, nothing typed is lost. */
export function NewRunPage() {
  const { units } = useSettings();
  const navigate = useNavigate();
  const durationId = useId();
  usePageTitle('Add a run by hand');
  const [draft, setDraft] = useState<Draft>(() => {
    const now = new Date();
    return {
      date: today(now),
      time: clock(now),
      distance: '',
      h: '',
      m: '',
      s: '',
      indoor: false,
      surface: '',
      shoe: DEFAULT_SHOE,
      name: '',
    };
  });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<ApiError | null>(null);

  const checked = useMemo(() => check(draft, units, new Date()), [draft, units]);
  const show = (k: keyof Errors) => (submitted || touched[k] ? checked.errors[k] : undefined);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setServerError(null);
  };
  const touch = (k: keyof Errors) => setTouched((t) => ({ ...t, [k]: true }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!checked.body) {
      const first = document.querySelector<HTMLElement>('.new-run [aria-invalid="true"]');
      first?.focus();
      return;
    }
    setSaving(true);
    try {
      const run = await apiCall('POST /api/runs', { body: checked.body });
      navigate(`/runs/${run.id}`, { replace: true });
    } catch (err) {
      setServerError(
        err instanceof ApiError ? err : new ApiError(0, 'unknown', 'Could not save. Try again.'),
      );
      setSaving(false);
    }
  };

  const durationError = show('duration') ?? serverError?.fieldError('elapsedS');
  const pace =
    !checked.errors.distance && !checked.errors.duration && checked.body
      ? formatRunPace(checked.body.distanceM, checked.body.elapsedS, units)
      : null;
  return (
    <>
      <p className="back-link">
        <Link to="/runs">← Runs</Link>
      </p>
      <h1>Add a run by hand</h1>
      <p className="muted">For a treadmill run, or a run without a watch.</p>
      <form className="new-run" onSubmit={onSubmit} noValidate>
        <div className="field-row">
          <Field
            label="Day"
            type="date"
            value={draft.date}
            max={today(new Date())}
            onChange={(e) => set('date', e.target.value)}
            onBlur={() => touch('date')}
            error={show('date') ?? serverError?.fieldError('startTime')}
          />
          <Field
            label="Start time"
            type="time"
            value={draft.time}
            onChange={(e) => {
              set('time', e.target.value);
              touch('date');
            }}
          />
        </div>
        <Field
          label={`Distance (${units})`}
          inputMode="decimal"
          autoComplete="off"
          placeholder={units === 'km' ? 'e.g. 5.2' : 'e.g. 3.1'}
          value={draft.distance}
          onChange={(e) => {
            set('distance', e.target.value);
            if (e.target.value.trim()) touch('distance');
          }}
          onBlur={() => touch('distance')}
          error={show('distance') ?? serverError?.fieldError('distanceM')}
        />
        <fieldset
          className={`duration${durationError ? ' field-invalid' : ''}`}
          aria-describedby={durationError ? `${durationId}-error` : `${durationId}-pace`}
        >
          <legend>Time</legend>
          <div className="duration-parts">
            {(
              [
                ['h', 'hours', 'h'],
                ['m', 'minutes', 'min'],
                ['s', 'seconds', 's'],
              ] as const
            ).map(([k, word, unit]) => (
              <label key={k} className="duration-part">
                <input
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={k === 'h' ? 3 : 2}
                  aria-label={word}
                  aria-invalid={durationError ? true : undefined}
                  value={draft[k]}
                  placeholder={k === 'h' ? '0' : '00'}
                  onChange={(e) => {
                    set(k, e.target.value);
                    if (k !== 'h') touch('duration');
                  }}
                  onBlur={() => touch('duration')}
                />
                <span className="unit" aria-hidden="true">
                  {unit}
                </span>
              </label>
            ))}
          </div>
          {durationError ? (
            <p id={`${durationId}-error`} className="field-error" role="alert">
              {durationError}
            </p>
          ) : (
            <p id={`${durationId}-pace`} className="field-hint pace-hint" aria-live="polite">
              {pace ? `Pace ${pace}` : ' '}
            </p>
          )}
        </fieldset>
        <label className="choice toggle">
          <input
            type="checkbox"
            checked={draft.indoor}
            onChange={(e) => {
              const indoor = e.target.checked;
              setDraft((d) => ({
                ...d,
                indoor,
                surface:
                  indoor && d.surface === ''
                    ? 'treadmill'
                    : !indoor && d.surface === 'treadmill'
                      ? ''
                      : d.surface,
              }));
            }}
          />
          Indoors, on a treadmill
        </label>
        <SurfaceSelect
          value={draft.surface}
          onChange={(v) => set('surface', v)}
          error={serverError?.fieldError('surface')}
        />
        <ShoeSelect
          label="Shoe (optional)"
          offerDefault
          value={draft.shoe}
          onChange={(v) => set('shoe', v)}
          error={serverError?.fieldError('shoeId')}
        />
        <Field
          label="Name (optional)"
          value={draft.name}
          maxLength={120}
          placeholder={draft.indoor ? 'Treadmill run' : 'Easy run'}
          onChange={(e) => set('name', e.target.value)}
          error={serverError?.fieldError('name')}
        />
        {serverError && !serverError.issues.length && (
          <p className="form-error" role="alert">
            {serverError.message}
          </p>
        )}
        {submitted && !checked.body && (
          <p className="form-error" role="alert">
            Some answers need a look; see the notes above.
          </p>
        )}
        <div className="flow-actions">
          <Link className="button" to="/runs">
            Cancel
          </Link>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save run'}
          </button>
        </div>
      </form>
    </>
  );
}
