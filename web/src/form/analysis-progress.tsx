/** While the phone analyses: the stages, a progress bar with counts, and a way to stop. */
import type { PipelineProgress } from './pipeline';

const STAGES: { stage: PipelineProgress['stage']; label: string; unit: string }[] = [
  { stage: 'loading_model', label: 'Loading the pose model', unit: 'parts' },
  { stage: 'decoding', label: 'Reading the video', unit: 'frames' },
  { stage: 'analysing', label: 'Finding your joints in each frame', unit: 'frames' },
];

export function AnalysisProgress({
  progress,
  onCancel,
}: {
  progress: PipelineProgress | null;
  onCancel: () => void;
}) {
  const at = progress ? STAGES.findIndex((s) => s.stage === progress.stage) : 0;
  const current = STAGES[Math.max(at, 0)]!;
  const known = progress !== null && progress.total > 0;
  const counts = known ? `${progress.done} of ${progress.total} ${current.unit}` : 'Starting…';
  return (
    <section className="card form-progress" aria-labelledby="progress-h">
      <h2 id="progress-h">Analysing on your phone</h2>
      <ol className="form-stages">
        {STAGES.map((s, i) => (
          <li
            key={s.stage}
            aria-current={i === at ? 'step' : undefined}
            className={i < at ? 'done' : i === at ? 'now' : undefined}
          >
            {s.label}
            {i < at && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>
      <progress
        aria-label={current.label}
        aria-valuetext={counts}
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      <p className="status" role="status" aria-live="polite">
        {current.label}: {counts}
      </p>
      <p className="muted small">
        The video stays on this phone. You can leave it running; it takes about a minute.
      </p>
      <button type="button" className="button" onClick={onCancel}>
        Stop
      </button>
    </section>
  );
}
