/** A select of the runner's shoes for a run: the pairs in use, plus the run's own pair if it is retired. */
import { useEffect, useId, useState } from 'react';
import { apiCall } from '../lib/api';
import type { Shoe } from './types';

/** `''` is no shoe; `DEFAULT_SHOE` (new runs only) leaves the choice to the default for the sport. */
export const DEFAULT_SHOE = 'default';

export function ShoeSelect({
  value,
  onChange,
  error,
  label = 'Shoe',
  offerDefault = false,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  label?: string;
  offerDefault?: boolean;
}) {
  const id = useId();
  const [shoes, setShoes] = useState<Shoe[] | null>(null);
  useEffect(() => {
    apiCall('GET /api/shoes')
      .then((l) => setShoes(l.items))
      .catch(() => setShoes([]));
  }, []);
  const shown = (shoes ?? []).filter((s) => s.retiredAt === null || s.id === value);
  const preferred = (shoes ?? []).find((s) => s.defaultFor === 'running' && s.retiredAt === null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        Add and retire pairs under Shoes.
      </p>
      <select
        id={id}
        value={value}
        disabled={shoes === null}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
      >
        {offerDefault && (
          <option value={DEFAULT_SHOE}>
            {preferred ? `Your default: ${preferred.name}` : 'Your default, if you set one'}
          </option>
        )}
        <option value="">No shoe</option>
        {shown.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
            {s.retiredAt !== null ? ' (retired)' : ''}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
