import { useId, useState, type ReactNode } from 'react';
import { answerChoices, type FindingDef } from '../../../src/core/checkin';
import { METRES_PER_MILE, type DistanceUnit } from '../../../src/core/units/format';
import type { Answer } from './steps';

const LABEL = (value: Answer): string => (value === true ? 'Yes' : value === false ? 'No' : 'Not sure');

/**
 * A yes/no question as a row of big radio buttons, offering the answers the core gives it (required questions
 * add "Not sure"); optional ones can be cleared by tapping the chosen answer again.
 */
export function YesNoQuestion({
  def,
  value,
  onChange,
  age,
  required,
  missing,
  hint,
}: {
  def: FindingDef;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  age: number;
  required: boolean;
  missing?: boolean;
  hint?: ReactNode;
}) {
  const name = useId();
  const choices = answerChoices(def, age).map((v) => ({ label: LABEL(v), value: v }));
  const describedBy = [hint ? `${name}-hint` : '', missing ? `${name}-err` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`question${missing ? ' question-missing' : ''}`}
      data-code={def.code}
      aria-describedby={describedBy || undefined}
    >
      <legend>{def.askAs}</legend>
      {hint && (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {missing && (
        <p id={`${name}-err`} className="field-error">
          Please answer this one.
        </p>
      )}
      <div className="segmented" role="presentation">
        {choices.map((c) => (
          <label key={c.label} className={value === c.value ? 'selected' : undefined}>
            <input
              type="radio"
              name={name}
              required={required}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              onClick={() => !required && value === c.value && onChange(undefined)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const KM_PER_MILE = METRES_PER_MILE / 1000;

/**
 * A whole-number question with its unit; says what is wrong as you type and keeps what was typed. Distances
 * are shown in the runner's unit and stored in km; a change may be negative where the code allows it.
 */
export function NumberQuestion({
  def,
  value,
  onChange,
  missing,
  units = 'km',
  label,
  hint,
}: {
  def: FindingDef;
  value: Answer | undefined;
  onChange: (value: number | undefined) => void;
  missing?: boolean;
  units?: DistanceUnit;
  label?: string;
  hint?: ReactNode;
}) {
  const id = useId();
  const miles = def.distanceKm === true && units === 'mi';
  const shown = (km: number) => (miles ? Math.round(km / KM_PER_MILE) : km);
  const [text, setText] = useState(typeof value === 'number' ? String(shown(value)) : '');
  const signed = (def.min ?? 0) < 0;
  const pattern = signed ? /^[-−–]?\d+$/ : /^\d+$/;
  const parse = (raw: string): number => Number(raw.trim().replace(/^[−–]/, '-'));
  const inUnits = (n: number) => (miles ? Math.round(n * KM_PER_MILE) : n);
  const n = parse(text);
  const unit = miles ? 'mi' : def.unit;
  const min = def.min === undefined ? undefined : shown(def.min);
  const max = def.max === undefined ? undefined : shown(def.max);
  const error =
    text.trim() === ''
      ? missing
        ? 'Please answer this one.'
        : undefined
      : !pattern.test(text.trim())
        ? signed
          ? 'Enter a whole number; put a minus sign in front if it went down.'
          : 'Enter a whole number.'
        : min !== undefined && n < min
          ? `At least ${min}.`
          : max !== undefined && n > max
            ? `At most ${max}.`
            : undefined;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div className={`question number-question${error ? ' field-invalid' : ''}`} data-code={def.code}>
      <label htmlFor={id}>{label ?? def.askAs}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="with-unit">
        <input
          id={id}
          inputMode={signed ? 'text' : 'numeric'}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const parsed = parse(next);
            const valid =
              pattern.test(next.trim()) &&
              (min === undefined || parsed >= min) &&
              (max === undefined || parsed <= max);
            onChange(valid ? inUnits(parsed) : undefined);
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Pain now, 0–10, as eleven large buttons. */
export function PainScale({
  value,
  onChange,
  missing,
}: {
  value: number | undefined;
  onChange: (v: number) => void;
  missing?: boolean;
}) {
  const name = useId();
  return (
    <fieldset
      className={`question pain-scale${missing ? ' question-missing' : ''}`}
      data-code="pain_score_0_10"
      aria-describedby={`${name}-hint${missing ? ` ${name}-err` : ''}`}
    >
      <legend>How bad is the pain right now?</legend>
      <p id={`${name}-hint`} className="field-hint">
        0 is no pain, 10 is the worst you can imagine.
      </p>
      {missing && (
        <p id={`${name}-err`} className="field-error">
          Please choose a number.
        </p>
      )}
      <div className="scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={value === n ? 'selected' : undefined} data-level={n}>
            <input
              type="radio"
              name={name}
              required
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={`${n} out of 10`}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
