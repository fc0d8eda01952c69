/** The garage: each pair with its distance against the 500 km check and its replace distance. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiCall, ApiError } from '../lib/api';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { EmptyState } from '../components/empty-state';
import { ShoeCard } from './shoe-card';
import { ShoeForm } from './shoe-form';
import type { Shoe } from './types';

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; shoes: Shoe[] };

export function GaragePage() {
  const { units } = useSettings();
  usePageTitle('Shoes');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const refresh = useCallback(async () => {
    try {
      const { items } = await apiCall('GET /api/shoes');
      setLoad({ state: 'ready', shoes: items });
    } catch (e) {
      setLoad({ state: 'failed', message: e instanceof ApiError ? e.message : 'Could not load your shoes.' });
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const changed = (message: string) => {
    setStatus(message);
    void refresh();
  };

  if (load.state === 'loading') return <Heading>{<p role="status">Loading your shoes…</p>}</Heading>;
  if (load.state === 'failed')
    return (
      <Heading>
        <p className="form-error" role="alert">
          {load.message}
        </p>
        <button type="button" className="button" onClick={() => void refresh()}>
          Try again
        </button>
      </Heading>
    );

  const active = load.shoes.filter((s) => s.retiredAt === null);
  const retired = load.shoes.filter((s) => s.retiredAt !== null);
  const addForm = adding ? (
    <section className="card" aria-labelledby="add-shoe-heading">
      <h2 id="add-shoe-heading">Add a pair</h2>
      <ShoeForm
        units={units}
        onSaved={(s) => {
          setAdding(false);
          changed(`Added ${s.name}.`);
        }}
        onCancel={() => {
          setAdding(false);
          requestAnimationFrame(() => addRef.current?.focus());
        }}
      />
    </section>
  ) : (
    <button ref={addRef} type="button" className="button primary wide" onClick={() => setAdding(true)}>
      Add a pair
    </button>
  );

  return (
    <Heading>
      <p className="muted">
        Shoes usually last {units === 'km' ? '500 to 800 km' : '310 to 500 mi'}, a rule of thumb. Each bar is
        marked at {units === 'km' ? '500 km' : '311 mi'}, time to look at the soles, and at the distance you
        replace the pair.
      </p>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      {active.length === 0 && !adding ? (
        <EmptyState icon="shoes" title={retired.length ? 'No pair in use' : 'No shoes yet'} action={addForm}>
          <p>
            Add the pair you run in, with the distance already on it; runs then count on it and you see when
            it is due for a change. Importing a Strava export adds the shoes it names.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="shoe-list" aria-label="Shoes in use">
            {active.map((s) => (
              <ShoeCard key={s.id} shoe={s} units={units} onChanged={changed} />
            ))}
          </ul>
          {addForm}
        </>
      )}
      {retired.length > 0 && (
        <details className="retired-shoes">
          <summary>Retired shoes ({retired.length})</summary>
          <ul className="shoe-list" aria-label="Retired shoes">
            {retired.map((s) => (
              <ShoeCard key={s.id} shoe={s} units={units} onChanged={changed} />
            ))}
          </ul>
        </details>
      )}
    </Heading>
  );
}

function Heading({ children }: { children: React.ReactNode }) {
  return (
    <>
      <h1>Shoes</h1>
      {children}
    </>
  );
}
