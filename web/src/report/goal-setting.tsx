/** The runner's goal, in their words, for the report they take to a clinician. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { GOAL_MAX } from '../../../src/core/account/settings';
import { useSettings } from '../lib/settings';
import './report.css';

export function GoalSetting() {
  const { goal, loaded, saveGoal } = useSettings();
  const [text, setText] = useState(goal ?? '');
  const [status, setStatus] = useState('');
  const id = useId();
  useEffect(() => setText(goal ?? ''), [goal]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('Saving…');
    try {
      const next = text.trim() === '' ? null : text.trim();
      await saveGoal(next);
      setStatus(next ? 'Saved: your goal is on your report.' : 'Saved: no goal on your report.');
    } catch {
      setStatus('Could not save. Check your connection and try again.');
    }
  };

  return (
    <section className="card goal-setting" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Your running goal</h2>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={`${id}-goal`}>What are you running for?</label>
          <p className="field-hint" id={`${id}-hint`}>
            It goes at the top of the report you take to a physiotherapist, so they know what you are working
            towards. For example: a half marathon in April, or running to work again.
          </p>
          <input
            id={`${id}-goal`}
            type="text"
            value={text}
            maxLength={GOAL_MAX}
            disabled={!loaded}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={!loaded}>
          Save goal
        </button>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
      </form>
    </section>
  );
}
