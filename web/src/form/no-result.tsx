/** Why the clip gave no result, in plain words, what to do, and the way to try again; the technical reason behind "details". */
import type { NoResultCode } from './analyse-clip';
import { NO_RESULT_WORDS } from './words';

export function NoResult({
  code,
  detail,
  onRetry,
}: {
  code: NoResultCode;
  detail: string;
  onRetry: () => void;
}) {
  const words = NO_RESULT_WORDS[code];
  return (
    <section className="card form-no-result" role="alert" aria-labelledby="no-result-h">
      <h2 id="no-result-h">No result from this clip</h2>
      <p className="form-no-result-why">{words.title}</p>
      <p>
        <strong>What to do:</strong> {words.todo}
      </p>
      {detail && (
        <details>
          <summary>Details</summary>
          <p className="muted small">{detail}</p>
        </details>
      )}
      <button type="button" className="button primary" onClick={onRetry}>
        Try another clip
      </button>
    </section>
  );
}
