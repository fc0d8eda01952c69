/** A run's editable details (name, surface, shoe, note) and its deletion. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ShoeSelect } from '../shoes/shoe-select';
import { useNavigate } from 'react-router';
import { apiCall, ApiError } from '../lib/api';
import { Field } from '../components/field';
import { SURFACES, type RunDetail, type RunPatch, type Surface } from './types';
import { runTitle, SURFACE_WORD } from './words';

export function EditRun({ run, onSaved }: { run: RunDetail; onSaved: (r: RunDetail) => void }) {
  const [name, setName] = useState(run.name ?? '');
  const [surface, setSurface] = useState<Surface | ''>(run.surface ?? '');
  const [shoeId, setShoeId] = useState(run.shoeId ?? '');
  const [note, setNote] = useState(run.note ?? '');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const dirty =
    name !== (run.name ?? '') ||
    surface !== (run.surface ?? '') ||
    shoeId !== (run.shoeId ?? '') ||
    note !== (run.note ?? '');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setStatus('');
    setError(null);
    const patch: RunPatch = {
      name: name.trim() || null,
      surface: surface || null,
      shoeId: shoeId || null,
      note: note.trim() || null,
    };
    try {
      const saved = await apiCall('PATCH /api/runs/:id', { params: { id: run.id }, body: patch });
      onSaved({ ...run, ...saved });
      setStatus('Saved');
    } catch (err) {
      setError(err instanceof ApiError ? err : null);
      setStatus('');
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="card edit-run" aria-labelledby="edit-heading">
      <h2 id="edit-heading">Details</h2>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Name"
          value={name}
          maxLength={120}
          placeholder={runTitle({ ...run, name: null })}
          onChange={(e) => {
            setName(e.target.value);
            setStatus('');
          }}
          error={error?.fieldError('name')}
        />
        <SurfaceSelect
          value={surface}
          onChange={(v) => {
            setSurface(v);
            setStatus('');
          }}
          error={error?.fieldError('surface')}
        />
        <ShoeSelect
          value={shoeId}
          onChange={(v) => {
            setShoeId(v);
            setStatus('');
          }}
          error={error?.fieldError('shoeId')}
        />
        <Field
          label="Note"
          hint="Anything to remember: how your back felt, the route, the weather."
          value={note}
          maxLength={500}
          autoComplete="off"
          onChange={(e) => {
            setNote(e.target.value);
            setStatus('');
          }}
          error={error?.fieldError('note')}
        />
        {error && !error.issues.length && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <span className="status save-status" role="status">
            {status && (
              <>
                <span aria-hidden="true">✓ </span>
                {status}
              </>
            )}
          </span>
        </div>
      </form>
    </section>
  );
}

export function SurfaceSelect({
  value,
  onChange,
  error,
}: {
  value: Surface | '';
  onChange: (v: Surface | '') => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Surface</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as Surface | '')}
      >
        <option value="">Not set</option>
        {SURFACES.map((s) => (
          <option key={s} value={s}>
            {SURFACE_WORD[s]}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function DeleteRun({ id }: { id: string }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await apiCall('DELETE /api/runs/:id', { params: { id } });
      navigate('/runs', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not delete the run. Try again.');
      setBusy(false);
    }
  };
  return (
    <section className="delete-run" aria-label="Delete">
      {!asking ? (
        <button type="button" className="button danger-outline" onClick={() => setAsking(true)}>
          Delete this run
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            <strong>Delete this run?</strong> It goes from your runs and weekly distance, and cannot be
            brought back. You could import the file again.
          </p>
          <div className="actions">
            <button ref={confirmRef} type="button" className="button danger" onClick={remove} disabled={busy}>
              {busy ? 'Deleting…' : 'Yes, delete it'}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)} disabled={busy}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
