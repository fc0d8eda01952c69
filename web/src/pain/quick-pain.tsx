/**
 * Pain in the diary from where the runner already is: a score-only card (the run page) and the "also add to
 * my pain diary" box of the session and run logs. Where it hurts and what eased it stay on the diary page.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PainWhen } from '../../../src/core/pain/pain-entry';
import { apiCall, ApiError } from '../lib/api';
import { PainButtons } from '../session/log-fields';
import '../session/session.css';
import './pain.css';

/**
 * Adds a score to the diary, felt now.
 * @example await addToDiary(3, 'after_run', 'After the run of 2 December')
 */
export async function addToDiary(score: number, when: PainWhen, note: string): Promise<void> {
  await apiCall('POST /api/pain', { body: { score, when, note } });
}

const failure = (err: unknown) =>
  err instanceof ApiError && err.code === 'network'
    ? 'Not saved: there is no connection. Try again when you have signal.'
    : `Not saved: ${err instanceof Error ? err.message : 'something went wrong'}. Try again.`;

/** A card asking for one number and saving it to the diary. */
export function QuickPain({
  heading,
  legend,
  when,
  note,
}: {
  heading: string;
  legend: string;
  when: PainWhen;
  note: string;
}) {
  const [score, setScore] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (score === null) return;
    setSaving(true);
    setError(null);
    try {
      await addToDiary(score, when, note);
      setSaved(score);
    } catch (err) {
      setError(failure(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card quick-pain" aria-labelledby="quick-pain-h">
      <h2 id="quick-pain-h">{heading}</h2>
      {saved !== null ? (
        <div role="status">
          <p>Saved {saved}/10 to your pain diary.</p>
          <p>
            <Link to="/pain">Open the diary</Link> to add where it hurts, or to change it.
          </p>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <PainButtons legend={legend} value={score} onChange={setScore} missing={tried && score === null} />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button primary wide" disabled={saving}>
            {saving ? 'Saving…' : 'Save to my pain diary'}
          </button>
        </form>
      )}
    </section>
  );
}

/** The box under a log form: also put this pain score in the diary (ticked unless the runner unticks it). */
export function DiaryBox({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label className="choice diary-box">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      Also add this pain score to my pain diary
    </label>
  );
}

/** What the log says when the plan log was saved and the diary entry was not. */
export const DIARY_FAILED =
  'Your log is saved, but the pain diary entry is not. You can add it in the diary.';
