/** A diary entry in a few taps: how bad, where, when, what eased or worsened it, a note, and when it was. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  EASED_BY,
  EASED_WORDS,
  PAIN_LIMITS,
  PAIN_WHEN,
  WHEN_WORDS,
  WORSENED_BY,
  WORSENED_WORDS,
  scoreWords,
  type EasedBy,
  type PainArea,
  type PainWhen,
  type WorsenedBy,
} from '../../../src/core/pain/pain-entry';
import type { PainEntryView } from '../../../src/contract/pain';
import { apiCall, ApiError } from '../lib/api';
import { BodyMap } from './body-map';
import { capital, localInputValue } from './words';

interface Draft {
  score: number | undefined;
  areas: PainArea[];
  when: PainWhen | undefined;
  easedBy: EasedBy[];
  worsenedBy: WorsenedBy[];
  note: string;
  at: string;
}

const draftOf = (entry: PainEntryView | undefined, now: Date): Draft => ({
  score: entry?.score,
  areas: entry?.areas ?? [],
  when: entry?.when,
  easedBy: entry?.easedBy ?? [],
  worsenedBy: entry?.worsenedBy ?? [],
  note: entry?.note ?? '',
  at: localInputValue(entry ? new Date(entry.at) : now),
});

export function PainForm({
  entry,
  onSaved,
  onCancel,
}: {
  entry?: PainEntryView;
  onSaved: (e: PainEntryView) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry, new Date()));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setError(null);
  };
  const atMs = Date.parse(draft.at);
  const problems = {
    score: draft.score === undefined ? 'Choose a number from 0 to 10.' : undefined,
    when: draft.when === undefined ? 'Choose when you felt it.' : undefined,
    at: Number.isNaN(atMs)
      ? 'Give the date and time you felt it.'
      : atMs > Date.now() + 5 * 60_000
        ? 'That time has not come yet.'
        : undefined,
    note:
      draft.note.length > PAIN_LIMITS.noteMax
        ? `Keep the note under ${PAIN_LIMITS.noteMax} characters.`
        : undefined,
  };
  const show = (k: keyof typeof problems) => (submitted ? problems[k] : undefined) ?? error?.fieldError(k);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(problems).some(Boolean)) return;
    setSaving(true);
    const body = {
      score: draft.score!,
      when: draft.when!,
      areas: draft.areas,
      easedBy: draft.easedBy,
      worsenedBy: draft.worsenedBy,
      note: draft.note.trim(),
      at: new Date(atMs).toISOString(),
    };
    try {
      const saved = entry
        ? await apiCall('PATCH /api/pain/:id', { params: { id: entry.id }, body })
        : await apiCall('POST /api/pain', { body });
      setSaving(false);
      setSubmitted(false);
      if (!entry) setDraft(draftOf(undefined, new Date()));
      onSaved(saved);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'unknown', 'The entry could not be saved.'));
      setSaving(false);
    }
  };

  return (
    <form
      className="pain-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={entry ? 'Change this entry' : 'Log pain'}
    >
      <ScoreScale value={draft.score} onChange={(v) => set('score', v)} error={show('score')} />
      <BodyMap value={draft.areas} onChange={(v) => set('areas', v)} />
      <Group legend="When?" error={show('when')}>
        <div className="segmented pain-when">
          {PAIN_WHEN.map((w) => (
            <label key={w} className={draft.when === w ? 'selected' : undefined}>
              <input
                type="radio"
                name="pain-when"
                checked={draft.when === w}
                onChange={() => set('when', w)}
              />
              {capital(WHEN_WORDS[w])}
            </label>
          ))}
        </div>
      </Group>
      <Checks
        legend="What eased it?"
        values={EASED_BY}
        words={EASED_WORDS}
        chosen={draft.easedBy}
        onChange={(v) => set('easedBy', v)}
      />
      <Checks
        legend="What made it worse?"
        values={WORSENED_BY}
        words={WORSENED_WORDS}
        chosen={draft.worsenedBy}
        onChange={(v) => set('worsenedBy', v)}
      />
      <TextArea
        label="Note (optional)"
        value={draft.note}
        onChange={(v) => set('note', v)}
        error={show('note')}
      />
      <div className={`field${show('at') ? ' field-invalid' : ''}`}>
        <label htmlFor="pain-at">When was it?</label>
        <input
          id="pain-at"
          type="datetime-local"
          value={draft.at}
          onChange={(e) => set('at', e.target.value)}
          aria-invalid={show('at') ? true : undefined}
          aria-describedby={show('at') ? 'pain-at-error' : undefined}
        />
        {show('at') && (
          <p id="pain-at-error" className="field-error" role="alert">
            {show('at')}
          </p>
        )}
      </div>
      {error && !error.issues.length && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="card-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : entry ? 'Save changes' : 'Save entry'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function Group({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'field-invalid' : undefined}
      aria-describedby={error ? `${id}-err` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

function ScoreScale({
  value,
  onChange,
  error,
}: {
  value: number | undefined;
  onChange: (v: number) => void;
  error?: string | undefined;
}) {
  const name = useId();
  return (
    <Group legend="How bad is it? 0 is no pain, 10 the worst you can imagine." error={error}>
      <div className="scale pain-scale-buttons">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={value === n ? 'selected' : undefined} data-level={n}>
            <input
              type="radio"
              name={name}
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={`${n} out of 10, ${scoreWords(n)}`}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      {value !== undefined && <p className="muted">{`${value} out of 10: ${scoreWords(value)}.`}</p>}
    </Group>
  );
}

function Checks<V extends string>({
  legend,
  values,
  words,
  chosen,
  onChange,
}: {
  legend: string;
  values: readonly V[];
  words: Record<V, string>;
  chosen: readonly V[];
  onChange: (v: V[]) => void;
}) {
  const toggle = (v: V) =>
    onChange(
      chosen.includes(v)
        ? chosen.filter((x) => x !== v)
        : values.filter((x) => x === v || chosen.includes(x)),
    );
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="toggle-grid">
        {values.map((v) => (
          <label key={v} className={`choice${chosen.includes(v) ? ' selected' : ''}`}>
            <input type="checkbox" checked={chosen.includes(v)} onChange={() => toggle(v)} />
            {capital(words[v])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TextArea({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={PAIN_LIMITS.noteMax}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-err` : ''}`}
      />
      <p id={`${id}-count`} className="field-hint">
        {value.length} of {PAIN_LIMITS.noteMax} characters
      </p>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
