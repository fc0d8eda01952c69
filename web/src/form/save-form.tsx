/** Keep the numbers: an optional day the clip was filmed and a short note; nothing is stored until Save. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { FormCheckCreateBody, FormCheckView } from '../../../src/contract/form';
import { FORM_CHECK_LIMITS } from '../../../src/core/form/saved-check';
import { Field } from '../components/field';
import { apiCall, ApiError } from '../lib/api';

export function SaveForm({
  body,
  today,
  onSaved,
}: {
  body: FormCheckCreateBody;
  today: string;
  onSaved: (saved: FormCheckView) => void;
}) {
  const [recordedOn, setRecordedOn] = useState(today);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<FormCheckView | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const check = await apiCall('POST /api/form-checks', {
        body: { ...body, recordedOn: recordedOn || null, note },
      });
      setSaved(check);
      onSaved(check);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'unknown', 'The check could not be saved.'));
    } finally {
      setBusy(false);
    }
  };

  if (saved)
    return (
      <section className="card form-save" aria-labelledby="save-h">
        <h2 id="save-h">Saved</h2>
        <p role="status">
          The numbers are in your history below. The video stays only on this phone.{' '}
          <Link to={`/form-check/${saved.id}`}>Open the saved check</Link>
        </p>
      </section>
    );
  return (
    <section className="card form-save" aria-labelledby="save-h">
      <h2 id="save-h">Keep these numbers?</h2>
      <p className="muted small">
        Saving keeps only the numbers above, so you can see how they change. The video is never sent.
      </p>
      <form onSubmit={submit} noValidate>
        <Field
          label="Day you filmed it (optional)"
          type="date"
          value={recordedOn}
          max={today}
          onChange={(e) => setRecordedOn(e.target.value)}
          error={error?.fieldError('recordedOn')}
        />
        <Field
          label="Note (optional)"
          hint="For example: treadmill at 10 km/h, new shoes."
          value={note}
          maxLength={FORM_CHECK_LIMITS.noteMax}
          onChange={(e) => setNote(e.target.value)}
          error={error?.fieldError('note')}
        />
        {error && !error.fieldError('recordedOn') && !error.fieldError('note') && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? 'Saving…' : 'Save the numbers'}
        </button>
      </form>
    </section>
  );
}
