import { useId, useState } from 'react';
import type { FindingDef } from '../../../src/core/checkin';
import type { Answer } from './steps';

const CHOICES: { label: string; value: Answer }[] = [
  { label: 'No', value: false },
  { label: 'Yes', value: true },
  { label: 'Not sure', value: 'unsure' },
];

/** A yes/no question as a row of big radio buttons; red flags add "Not sure" (treated as yes). */
export function YesNoQuestion({
  def,
  value,
  onChange,
  withUnsure,
  missing,
}: {
  def: FindingDef;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  withUnsure: boolean;
  missing?: boolean;
}) {
  const name = useId();
  const choices = withUnsure ? CHOICES : CHOICES.slice(0, 2);
  return (
    <fieldset className={`question${missing ? ' question-missing' : ''}`} data-code={def.code}>
      <legend>{def.askAs}</legend>
      {missing && <p className="field-error">Please answer this one.</p>}
      <div className="segmented" role="presentation">
        {choices.map((c) => (
          <label key={c.label} className={value === c.value ? 'selected' : undefined}>
            <input
              type="radio"
              name={name}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              onClick={() => !withUnsure && value === c.value && onChange(undefined)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A whole-number question with its unit; says what is wrong as you type and keeps what was typed. */
export function NumberQuestion({
  def,
  value,
  onChange,
  missing,
}: {
  def: FindingDef;
  value: Answer | undefined;
  onChange: (value: number | undefined) => void;
  missing?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const n = Number(text);
  const error =
    text.trim() === ''
      ? missing
        ? 'Please answer this one.'
        : undefined
      : !/^\d+$/.test(text.trim())
        ? 'Enter a whole number.'
        : def.min !== undefined && n < def.min
          ? `At least ${def.min}.`
          : def.max !== undefined && n > def.max
            ? `At most ${def.max}.`
            : undefined;
  return (
    <div className={`question number-question${error ? ' field-invalid' : ''}`} data-code={def.code}>
      <label htmlFor={id}>{def.askAs}</label>
      <div className="with-unit">
        <input
          id={id}
          inputMode="numeric"
          pattern="[0-9]*"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const parsed = Number(next.trim());
            const valid =
              /^\d+$/.test(next.trim()) &&
              (def.min === undefined || parsed >= def.min) &&
              (def.max === undefined || parsed <= def.max);
            onChange(valid ? parsed : undefined);
          }}
        />
        {def.unit && <span className="unit">{def.unit}</span>}
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
    >
      <legend>How bad is the pain right now?</legend>
      <p className="field-hint">0 is no pain, 10 is the worst you can imagine.</p>
      {missing && <p className="field-error">Please choose a number.</p>}
      <div className="scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={value === n ? 'selected' : undefined} data-level={n}>
            <input
              type="radio"
              name={name}
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
