/** An import's counts and its list of files, said in the core's plain words with the technical detail tucked away. */
import { useState } from 'react';
import { Link } from 'react-router';
import { FILE_OUTCOMES, OUTCOME_FIELD, type FileOutcome } from '../../../src/core/imports/import-counts';
import { OUTCOME_LABEL, wordsFor } from '../../../src/core/imports/import-words';
import type { ImportFileResult, ImportStatus } from './types';

const COUNT_TONE: Record<FileOutcome, string> = {
  imported: 'ok',
  recovered: 'rec',
  duplicate: 'dup',
  skipped: 'skip',
  failed: 'fail',
};

const STATUS_MARK: Record<FileOutcome, string> = {
  imported: '✓',
  recovered: '◐',
  duplicate: '=',
  skipped: '–',
  failed: '✕',
};

/** One box per outcome that happened, with the same labels as the list beneath; they add up to the files. */
export function ImportCounts({ status }: { status: ImportStatus }) {
  const shown = FILE_OUTCOMES.filter((o) => status[OUTCOME_FIELD[o]] > 0);
  if (shown.length === 0) return null;
  return (
    <dl className="import-counts">
      {shown.map((o) => (
        <div key={o} className={`count count-${COUNT_TONE[o]}`}>
          <dt>{OUTCOME_LABEL[o]}</dt>
          <dd>{status[OUTCOME_FIELD[o]]}</dd>
        </div>
      ))}
    </dl>
  );
}

const FILES_SHOWN = 30;

/**
 * "export.zip!activities/123.fit.gz" → "activities/123.fit.gz": the archive is named above. An entry
 * without a file ("export.zip!activities.csv#1000000582") is named for what it is.
 */
function shownName(file: ImportFileResult): string {
  const inside = file.source.slice(file.source.lastIndexOf('!') + 1) || file.source;
  if (!file.entry) return inside;
  const id = inside.slice(inside.lastIndexOf('#') + 1);
  return `Entry typed in by hand${id && id !== inside ? ` (${id})` : ''}`;
}

const isProblem = (f: ImportFileResult) => f.status === 'failed' || f.status === 'recovered';

/** Every file read, newest first, each with its outcome, what it means, and the detail on request. */
export function FileResults({ files, total }: { files: ImportFileResult[]; total: number }) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [all, setAll] = useState(false);
  // Keyed by place in the import, so a row keeps its open Details when the list is filtered.
  const listed = files
    .map((file, n) => ({ file, n }))
    .reverse()
    .filter(({ file }) => !problemsOnly || isProblem(file));
  const shown = all ? listed : listed.slice(0, FILES_SHOWN);
  const problems = files.filter(isProblem).length;
  return (
    <section className="file-results" aria-label="Files">
      <div className="file-results-head">
        <h3>Files</h3>
        {problems > 0 && (
          <label className="choice small-choice">
            <input
              type="checkbox"
              checked={problemsOnly}
              onChange={(e) => setProblemsOnly(e.target.checked)}
            />
            Only problems ({problems})
          </label>
        )}
      </div>
      <ul className="import-files">
        {shown.map(({ file, n }) => (
          <FileRow key={n} file={file} />
        ))}
      </ul>
      {listed.length > shown.length && (
        <button type="button" className="button wide show-all" onClick={() => setAll(true)}>
          Show all {listed.length}
        </button>
      )}
      {total > files.length && (
        <p className="muted">
          {files.length} of the {total} files are listed here, problems first; the counts above cover them
          all.
        </p>
      )}
    </section>
  );
}

function FileRow({ file }: { file: ImportFileResult }) {
  const name = shownName(file);
  const words = file.error ? wordsFor(file.error.code) : null;
  const run = file.status === 'recovered' && file.runIds.length === 1 ? file.runIds[0] : undefined;
  return (
    <li className={`file-${file.status}`}>
      <span className="file-status">
        <span aria-hidden="true">{STATUS_MARK[file.status]}</span> {OUTCOME_LABEL[file.status]}
      </span>
      <span className="file-name" title={file.source}>
        {name}
      </span>
      {words && (
        <span className="file-reason">
          {words.said}
          {words.todo && ` ${words.todo}`}
        </span>
      )}
      {run && (
        <Link className="file-run" to={`/runs/${run}`}>
          See what was kept
        </Link>
      )}
      {file.error?.message && (
        <details className="file-details">
          <summary>
            Details<span className="visually-hidden"> for {name}</span>
          </summary>
          <code>
            {file.error.code}: {file.error.message}
          </code>
        </details>
      )}
    </li>
  );
}
