import { PARTLY_READ_RUN } from '../../../src/core/imports/import-words';

/** Says on a run's page that only part of it could be read, what that means, and the damage on request. */
export function PartlyReadNote({ reason }: { reason: string }) {
  return (
    <section className="banner recovered-note" aria-labelledby="partly-read-heading">
      <h2 id="partly-read-heading" className="recovered-title">
        <span aria-hidden="true">◐ </span>Partly read
      </h2>
      <p>{PARTLY_READ_RUN.said}</p>
      {PARTLY_READ_RUN.todo && <p>{PARTLY_READ_RUN.todo}</p>}
      <details className="file-details">
        <summary>Details of the damage</summary>
        <code>{reason}</code>
      </details>
    </section>
  );
}
