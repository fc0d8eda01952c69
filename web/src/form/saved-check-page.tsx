/** One saved form check: its numbers, the cue it pointed to, and a way to delete it. The video was never kept. */
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FormCheckView } from '../../../src/contract/form';
import { apiCall, ApiError } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { metricsOf, Results } from './results';
import { checkDay, dayWords } from './words';
import './form-check.css';

type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed' }
  | { state: 'ready'; check: FormCheckView };

export function SavedCheckPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [status, setStatus] = useState('');
  const title = load.state === 'ready' ? `Form check of ${dayWords(checkDay(load.check))}` : 'Form check';
  usePageTitle(title);

  useEffect(() => {
    let live = true;
    apiCall('GET /api/form-checks/:id', { params: { id } })
      .then((check) => live && setLoad({ state: 'ready', check }))
      .catch(
        (e: unknown) =>
          live && setLoad({ state: e instanceof ApiError && e.status === 404 ? 'missing' : 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [id]);

  const remove = async () => {
    if (!window.confirm('Delete this saved form check?')) return;
    try {
      await apiCall('DELETE /api/form-checks/:id', { params: { id } });
      navigate('/form-check', { replace: true });
    } catch {
      setStatus('The check could not be deleted. Check your connection and try again.');
    }
  };

  return (
    <>
      <p className="crumbs">
        <Link to="/form-check">Form check</Link>
      </p>
      <h1>{title}</h1>
      {load.state === 'loading' && (
        <p className="loading" role="status">
          Loading…
        </p>
      )}
      {load.state === 'missing' && (
        <p role="alert">There is no saved form check here. It may have been deleted.</p>
      )}
      {load.state === 'failed' && (
        <p role="alert">This check could not be loaded. Check your connection and reload the page.</p>
      )}
      {load.state === 'ready' && (
        <div className="cards">
          <p className="muted">
            Saved {dayWords(load.check.createdAt.slice(0, 10))}
            {load.check.note && <> · {load.check.note}</>}. Only the numbers were kept; the video stayed on
            the phone.
          </p>
          <Results
            metrics={metricsOf(load.check)}
            steps={load.check.steps}
            clipS={load.check.clipS}
            cue={load.check.cue}
            cadenceTargetSpm={load.check.cadenceTargetSpm}
          />
          <p className="status" role="status">
            {status}
          </p>
          <div className="actions">
            <Link className="button primary" to="/form-check">
              Check a new clip
            </Link>
            <button type="button" className="button danger" onClick={() => void remove()}>
              Delete this check
            </button>
          </div>
        </div>
      )}
    </>
  );
}
