import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiCall, ApiError } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { Icon } from '../components/icons';
import { formatBytes, formatTimeLeft } from '../../../src/core/units/format';
import { importSummary } from '../../../src/core/imports/import-words';
import type { ImportStatus } from './types';
import { FileResults, ImportCounts } from './import-results';
import { uploadFiles, type Upload, type UploadProgress } from './upload';

const ACCEPT = '.fit,.gpx,.tcx,.gz,.zip';
const ACCEPTED = /\.(fit|gpx|tcx|gz|zip)$/i;
const POLL_MS = 700;

type Phase = 'choose' | 'uploading' | 'processing' | 'done';

export const isRunning = (s: ImportStatus) => s.state === 'receiving' || s.state === 'processing';

/** Import: choose or drop files, watch them upload, then watch the server read them, file by file. */
export function ImportPage() {
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const [phase, setPhase] = useState<Phase>(importId ? 'processing' : 'choose');
  const [files, setFiles] = useState<File[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [sent, setSent] = useState<UploadProgress | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = useRef<Upload | null>(null);
  usePageTitle('Import runs');

  // Coming back: pick up an import still running.
  useEffect(() => {
    if (importId) return;
    let live = true;
    apiCall('GET /api/imports')
      .then((list) => {
        const running = list.items.find(isRunning);
        if (live && running) {
          setStatus(running);
          setPhase('processing');
          setParams({ id: running.id }, { replace: true });
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [importId, setParams]);

  // Poll the import until it is done or failed.
  useEffect(() => {
    if (!importId || phase !== 'processing') return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const s = await apiCall('GET /api/imports/:id', { params: { id: importId } });
        if (!live) return;
        setStatus(s);
        setError(null);
        if (!isRunning(s)) {
          setPhase('done');
          return;
        }
      } catch (e) {
        if (!live) return;
        if (e instanceof ApiError && e.status === 404) {
          setError('This import is not here any more. You can start a new one.');
          setPhase('choose');
          setParams({}, { replace: true });
          return;
        }
        setError('Lost touch with the server. Still trying…');
      }
      timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [importId, phase, setParams]);

  useEffect(() => () => upload.current?.abort(), []);

  const choose = (list: FileList | null) => {
    const all = Array.from(list ?? []);
    const ok = all.filter((f) => ACCEPTED.test(f.name));
    setIgnored(all.filter((f) => !ACCEPTED.test(f.name)).map((f) => f.name));
    setFiles(ok);
    setError(null);
  };

  const start = async () => {
    if (files.length === 0) return;
    setPhase('uploading');
    setError(null);
    const total = files.reduce((n, f) => n + f.size, 0);
    setSent({ loaded: 0, total });
    const u = uploadFiles(files, setSent);
    upload.current = u;
    try {
      const s = await u.done;
      setStatus(s);
      setFiles([]);
      setPhase(isRunning(s) ? 'processing' : 'done');
      setParams({ id: s.id }, { replace: true });
    } catch (e) {
      setPhase('choose');
      setError(e instanceof ApiError ? e.message : 'The upload stopped. Try again.');
    } finally {
      upload.current = null;
    }
  };

  const again = () => {
    setStatus(null);
    setFiles([]);
    setIgnored([]);
    setSent(null);
    setError(null);
    setPhase('choose');
    setParams({}, { replace: true });
  };

  return (
    <>
      <p className="back-link">
        <Link to="/runs">← Runs</Link>
      </p>
      <h1>Import runs</h1>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {phase === 'choose' && (
        <FilePicker files={files} ignored={ignored} onChoose={choose} onStart={start} onClear={again} />
      )}
      {phase === 'uploading' && sent && <UploadCard sent={sent} onCancel={() => upload.current?.abort()} />}
      {(phase === 'processing' || phase === 'done') && <ImportProgress status={status} onAgain={again} />}
    </>
  );
}

function FilePicker({
  files,
  ignored,
  onChoose,
  onStart,
  onClear,
}: {
  files: File[];
  ignored: string[];
  onChoose: (files: FileList | null) => void;
  onStart: () => void;
  onClear: () => void;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrag = (e: DragEvent) => {
    e.preventDefault();
    setOver(e.type === 'dragover' || e.type === 'dragenter');
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onChoose(e.dataTransfer.files);
  };
  const total = files.reduce((n, f) => n + f.size, 0);
  return (
    <>
      <p>
        Add the .zip export from Strava or Garmin as it is, or single FIT, GPX and TCX files. Runs you already
        have are skipped.
      </p>
      <label
        htmlFor={id}
        className={`dropzone${over ? ' dropzone-over' : ''}`}
        onDragEnter={onDrag}
        onDragOver={onDrag}
        onDragLeave={onDrag}
        onDrop={onDrop}
      >
        <span className="dropzone-icon">
          <Icon name="upload" size={32} />
        </span>
        <span className="dropzone-title">Choose files</span>
        <span className="dropzone-hint">or drop them here · FIT, GPX, TCX, .gz or .zip</span>
        <input
          id={id}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          onChange={(e) => onChoose(e.currentTarget.files)}
        />
      </label>
      {ignored.length > 0 && (
        <p className="field-error" role="alert">
          Left out, not a file backstride reads: {ignored.join(', ')}
        </p>
      )}
      {files.length > 0 && (
        <section className="card chosen" aria-label="Chosen files">
          <h2>
            {files.length === 1 ? 'One file' : `${files.length} files`}, {formatBytes(total)}
          </h2>
          <ul className="chosen-files">
            {files.slice(0, 20).map((f) => (
              <li key={`${f.name}-${f.size}-${f.lastModified}`}>
                <span className="file-name">{f.name}</span>{' '}
                <span className="muted">{formatBytes(f.size)}</span>
              </li>
            ))}
            {files.length > 20 && <li className="muted">and {files.length - 20} more</li>}
          </ul>
          <div className="actions">
            <button type="button" className="button primary" onClick={onStart}>
              {files.length === 1 ? 'Import this file' : `Import ${files.length} files`}
            </button>
            <button type="button" className="button" onClick={onClear}>
              Clear
            </button>
          </div>
        </section>
      )}
      <details className="known export-help">
        <summary>Where do I find my export?</summary>
        <p>
          <strong>Strava:</strong> Settings → My Account → Download or Delete Your Account → Request your
          archive. Strava emails you a link to a .zip.
        </p>
        <p>
          <strong>Garmin Connect:</strong> Account settings → Data management → Export your data. Garmin
          emails you a link to a .zip.
        </p>
        <p>Both can take a while to arrive. Add the .zip here as it is; there is no need to unpack it.</p>
      </details>
    </>
  );
}

function UploadCard({ sent, onCancel }: { sent: UploadProgress; onCancel: () => void }) {
  const pct = sent.total > 0 ? Math.min(100, Math.round((sent.loaded / sent.total) * 100)) : 0;
  return (
    <section className="card import-card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Sending your files</h2>
      <progress
        className="import-bar"
        max={100}
        value={pct}
        aria-labelledby="upload-heading"
        aria-valuetext={`${pct}%`}
      />
      <p className="import-numbers">
        {formatBytes(sent.loaded)} of {formatBytes(sent.total)} · {pct}%
      </p>
      <p className="muted">
        Keep this page open until the files are sent. Reading them carries on without you.
      </p>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}

interface Sample {
  t: number;
  done: number;
}

/** Estimated seconds left from how fast the work went since the first poll. */
function useEta(status: ImportStatus | null): number | null {
  const first = useRef<Sample | null>(null);
  const [eta, setEta] = useState<number | null>(null);
  const useBytes = status?.bytesTotal != null && status.bytesTotal > 0;
  const done = status ? (useBytes ? status.bytesDone : status.filesDone) : 0;
  const total = status ? (useBytes ? status.bytesTotal : status.filesTotal) : null;
  const running = status ? isRunning(status) : false;
  useEffect(() => {
    if (!running || total === null) {
      first.current = null;
      setEta(null);
      return;
    }
    const now = performance.now();
    if (!first.current || done < first.current.done) {
      first.current = { t: now, done };
      return;
    }
    const dt = (now - first.current.t) / 1000;
    const dd = done - first.current.done;
    if (dt < 1.5 || dd <= 0) return;
    setEta(Math.max(0, (total - done) / (dd / dt)));
  }, [done, total, running]);
  return eta;
}

function ImportProgress({ status, onAgain }: { status: ImportStatus | null; onAgain: () => void }) {
  const eta = useEta(status);
  if (!status)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  const running = isRunning(status);
  const filesKnown = status.filesTotal !== null && status.filesTotal > 0;
  const bytesKnown = status.bytesTotal !== null && status.bytesTotal > 0;
  const max = filesKnown ? status.filesTotal! : bytesKnown ? status.bytesTotal! : undefined;
  const value = filesKnown ? status.filesDone : bytesKnown ? status.bytesDone : undefined;
  const pct = max && value !== undefined ? Math.min(100, Math.round((value / max) * 100)) : null;
  const started = status.filesDone > 0 || status.bytesDone > 0 || filesKnown;
  const filesLine = filesKnown
    ? `${status.filesDone} of ${status.filesTotal} files`
    : `${status.filesDone} ${status.filesDone === 1 ? 'file' : 'files'}`;
  const bytesLine = bytesKnown
    ? `${formatBytes(status.bytesDone)} of ${formatBytes(status.bytesTotal!)}`
    : formatBytes(status.bytesDone);
  const heading = running
    ? 'Reading your files'
    : status.state === 'failed'
      ? 'The import stopped'
      : 'Import finished';
  return (
    <section className="card import-card" aria-labelledby="import-heading">
      <h2 id="import-heading">{heading}</h2>
      <p className="muted import-source">{status.filename}</p>
      {running ? (
        <>
          <progress
            className="import-bar"
            max={max ?? 1}
            value={value ?? 0}
            aria-labelledby="import-heading"
            aria-valuetext={pct === null ? filesLine : `${filesLine}, ${pct}%`}
          />
          <p className="import-numbers">
            {started ? (
              <>
                {filesLine} · {bytesLine}
                {pct !== null && ` · ${pct}%`}
              </>
            ) : (
              'Opening the files…'
            )}
          </p>
          <p className="muted" aria-live="off">
            {eta === null ? 'Working out how long this takes…' : `${capitalise(formatTimeLeft(eta))} left.`}{' '}
            You can leave this page; the import carries on and shows here when you come back.
          </p>
        </>
      ) : (
        <div role="status">
          {status.state === 'failed' ? (
            <>
              <p className="form-error">
                The import stopped part way. What was read before it stopped is kept; import the same files
                again to add the rest, as files already here are passed over.
              </p>
              {status.error && (
                <details className="file-details">
                  <summary>Details</summary>
                  <code>{status.error}</code>
                </details>
              )}
            </>
          ) : (
            <p className="import-summary">{importSummary(status)}</p>
          )}
        </div>
      )}
      <ImportCounts status={status} />
      {!running && (
        <div className="actions">
          {status.activities > 0 && (
            <Link className="button primary" to="/runs">
              See your runs
            </Link>
          )}
          <button type="button" className="button" onClick={onAgain}>
            Import more files
          </button>
        </div>
      )}
      {status.files.length > 0 && <FileResults files={status.files} total={status.filesDone} />}
    </section>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
