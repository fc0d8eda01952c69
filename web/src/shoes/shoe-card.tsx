/** One pair in the garage: its bar, runs, default, and the changes a runner makes to it. */
import { useId, useRef, useState } from 'react';
import { apiCall, ApiError } from '../lib/api';
import type { Units } from '../lib/settings';
import { DistanceBar } from './distance-bar';
import { ShoeForm } from './shoe-form';
import type { Shoe } from './types';

const WEAR: Record<Shoe['status'], { icon: string; word: string }> = {
  ok: { icon: '✓', word: 'Fine' },
  check: { icon: '!', word: 'Check the soles and cushioning' },
  replace: { icon: '⚠', word: 'Due for a new pair' },
};

export function ShoeCard({
  shoe,
  units,
  onChanged,
}: {
  shoe: Shoe;
  units: Units;
  onChanged: (message: string) => void;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const retired = shoe.retiredAt !== null;
  const subtitle = shoe.nickname ? [shoe.brand, shoe.model].filter(Boolean).join(' ') : null;

  const act = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged(message);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not save. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const retire = (to: boolean) =>
    act(
      () => apiCall('POST /api/shoes/:id/retire', { params: { id: shoe.id }, body: { retired: to } }),
      to ? `Retired ${shoe.name}.` : `${shoe.name} is back in use.`,
    );
  const makeDefault = () =>
    act(
      () => apiCall('PATCH /api/shoes/:id', { params: { id: shoe.id }, body: { defaultFor: 'running' } }),
      `New runs now get ${shoe.name}.`,
    );

  return (
    <li className={`card shoe-card${retired ? ' shoe-retired' : ''}`} aria-labelledby={headingId}>
      <div className="shoe-head">
        <h2 id={headingId}>{shoe.name}</h2>
        {shoe.defaultFor === 'running' && <span className="chip chip-default">Default for running</span>}
      </div>
      {subtitle && <p className="muted shoe-sub">{subtitle}</p>}
      {editing ? (
        <ShoeForm
          shoe={shoe}
          units={units}
          onSaved={(s) => {
            setEditing(false);
            onChanged(`Saved ${s.name}.`);
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      ) : (
        <>
          <DistanceBar shoe={shoe} units={units} />
          <p className={`shoe-wear shoe-wear-${shoe.status}`}>
            {!retired && <span aria-hidden="true">{WEAR[shoe.status].icon} </span>}
            {retired ? 'Retired' : WEAR[shoe.status].word}
            {' · '}
            {shoe.runs === 1 ? '1 run' : `${shoe.runs} runs`}
          </p>
          <div className="actions shoe-actions">
            <button
              ref={editRef}
              type="button"
              className="button"
              onClick={() => setEditing(true)}
              disabled={busy}
            >
              Edit<span className="visually-hidden"> {shoe.name}</span>
            </button>
            {!retired && shoe.defaultFor !== 'running' && (
              <button type="button" className="button" onClick={() => void makeDefault()} disabled={busy}>
                Use for new runs<span className="visually-hidden">: {shoe.name}</span>
              </button>
            )}
            <button type="button" className="button" onClick={() => void retire(!retired)} disabled={busy}>
              {retired ? 'Bring back' : 'Retire'}
              <span className="visually-hidden"> {shoe.name}</span>
            </button>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </li>
  );
}
