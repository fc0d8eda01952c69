/** The answers every log asks for: pain from 0 to 10 as big buttons, and plain yes/no questions. */
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';

/** Pain 0–10 as eleven big buttons (radio buttons underneath, so it reads and works like one choice). */
export function PainButtons({
  legend,
  hint = '0 is no pain, 10 is the worst you can imagine.',
  value,
  onChange,
  missing,
}: {
  legend: string;
  hint?: string;
  value: number | null;
  onChange: (n: number) => void;
  missing?: boolean;
}) {
  const name = useId();
  return (
    <fieldset
      className={`log-question${missing ? ' question-missing' : ''}`}
      aria-describedby={`${name}-hint`}
    >
      <legend>{legend}</legend>
      <p id={`${name}-hint`} className="field-hint">
        {hint}
      </p>
      {missing && (
        <p className="field-error" role="alert">
          Please choose a number.
        </p>
      )}
      <div className="pain-buttons">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={value === n ? 'selected' : undefined}>
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

/** A yes/no question; `null` until answered, so nothing is assumed for the runner. */
export function YesNo({
  legend,
  hint,
  value,
  onChange,
  missing,
}: {
  legend: ReactNode;
  hint?: string;
  value: boolean | null;
  onChange: (v: boolean) => void;
  missing?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={`log-question${missing ? ' question-missing' : ''}`}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {missing && (
        <p className="field-error" role="alert">
          Please answer yes or no.
        </p>
      )}
      <div className="segmented">
        {(
          [
            [false, 'No'],
            [true, 'Yes'],
          ] as const
        ).map(([v, word]) => (
          <label key={word} className={value === v ? 'selected' : undefined}>
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
            {word}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The red-flag question every log ends with. */
export const RED_FLAG_QUESTION = 'Anything new: numbness, weakness, bladder or bowel change, fever?';
export const RED_FLAG_HINT =
  'Numbness in the saddle area or legs, legs giving way, trouble passing or holding urine, or feeling feverish.';

/** What to do after a yes to the red-flag question: stop and check in now, plainly and first. */
export function RedFlagAdvice() {
  return (
    <div className="red-flag-advice" role="alert">
      <h2>Stop training and do a check-in now</h2>
      <p>
        A new change like this needs checking before you exercise or run again. The check-in tells you how
        soon to see a doctor.
      </p>
      <Link className="button primary wide" to="/check-in/new">
        Do a check-in now
      </Link>
    </div>
  );
}

/**
 * The end every log form shares: the red-flag question, the save error if any, and the save button.
 * @example <LogFormEnd redFlag={redFlag} onRedFlag={setRedFlag} tried={tried} error={error} saving={saving} saveLabel="Save" />
 */
export function LogFormEnd({
  redFlag,
  onRedFlag,
  tried,
  error,
  saving,
  saveLabel,
}: {
  redFlag: boolean | null;
  onRedFlag: (value: boolean) => void;
  tried: boolean;
  error: string | null;
  saving: boolean;
  saveLabel: string;
}) {
  return (
    <>
      <YesNo
        legend={RED_FLAG_QUESTION}
        hint={RED_FLAG_HINT}
        value={redFlag}
        onChange={onRedFlag}
        missing={tried && redFlag === null}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary wide" disabled={saving}>
        {saving ? 'Saving…' : saveLabel}
      </button>
    </>
  );
}
