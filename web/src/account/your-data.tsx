import { useState, type FormEvent } from 'react';
import { useSettings } from '../lib/settings';
import { ApiError } from '../lib/api';
import type { AccountImport } from '../../../src/contract/your-data';

/** Settings' "Your data": keep the original files, download everything, bring an export into an empty account. */
export function YourDataSection() {
  const { keepOriginals, loaded, saveKeepOriginals } = useSettings();
  const [status, setStatus] = useState('');
  const [importStatus, setImportStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [busy, setBusy] = useState(false);

  const onKeep = async (keep: boolean) => {
    setStatus('Saving…');
    try {
      await saveKeepOriginals(keep);
      setStatus(
        keep
          ? 'Saved: files you import from now on are kept.'
          : 'Saved: files you import from now on are not kept. Files kept before stay until you delete your account.',
      );
    } catch {
      setStatus('Could not save. Check your connection and try again.');
    }
  };

  const onImport = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get('export');
    if (!(file instanceof File) || file.size === 0) {
      setImportError('Choose the export file first (a .zip from backstride).');
      return;
    }
    setBusy(true);
    setImportError('');
    setImportStatus('Reading the export…');
    try {
      const form = new FormData();
      form.append('files', file, file.name);
      const res = await fetch('/api/import-account', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
      });
      const data: unknown = await res.json().catch(() => undefined);
      if (!res.ok) throw ApiError.fromResponse(res.status, data, `The server answered ${res.status}.`);
      const counts = (data as AccountImport).counts;
      setImportStatus(
        `Done: ${counts.runs ?? 0} runs, ${counts.checkins ?? 0} check-ins, ${counts.shoes ?? 0} shoes, ` +
          `${counts.plans ?? 0} plans and ${counts['activity-files'] ?? 0} activity files brought in.`,
      );
    } catch (error) {
      setImportStatus('');
      setImportError(
        error instanceof ApiError ? error.message : 'The export could not be brought in. Try again.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      <p>
        Everything you keep here is yours. Download it all as one zip: your check-ins, runs with their charts,
        shoes, plans and logs as JSON, and the activity files you imported, as they came.
      </p>
      <p>
        <a className="button primary" href="/api/export" download>
          Download all my data
        </a>
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={keepOriginals}
          disabled={!loaded}
          onChange={(e) => void onKeep(e.currentTarget.checked)}
        />
        <span>Keep the activity files I import, as they came</span>
      </label>
      <p className="field-hint">
        They are stored compressed, so a later version of backstride can read them again and your download
        gives them back.
      </p>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <form onSubmit={(e) => void onImport(e)} className="your-data-import">
        <div className={`field${importError ? ' field-invalid' : ''}`}>
          <label htmlFor="export-file">Bring in a backstride download</label>
          <p className="field-hint" id="export-file-hint">
            Only into an account that holds nothing yet, such as a new one on another server.
          </p>
          <input
            id="export-file"
            name="export"
            type="file"
            accept=".zip,application/zip"
            aria-describedby="export-file-hint"
          />
          {importError && (
            <p className="field-error" role="alert">
              {importError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={busy}>
          Bring it in
        </button>
        <p className="status" role="status" aria-live="polite">
          {importStatus}
        </p>
      </form>
    </section>
  );
}
