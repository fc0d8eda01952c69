/**
 * The next-morning question for one log (reusable from the plan page): how the back feels the morning after,
 * 0–10. A morning worse than the session itself is what makes the plan ease off.
 */
import { useState } from 'react';
import type { PlanLogRecord } from '../../../src/contract/plans';
import { apiCall, ApiError } from '../lib/api';
import { PainButtons } from './log-fields';
import { SESSION_NAME } from './words';
import './session.css';

const ITEM_NAME: Record<PlanLogRecord['kind'], string> = { ...SESSION_NAME, run: 'run' };

/**
 * @example <NextMorning planId={plan.id} log={yesterdaysLog} onSaved={reload} />
 */
export function NextMorning({
  planId,
  log,
  onSaved,
}: {
  planId: string;
  log: PlanLogRecord;
  onSaved?: (log: PlanLogRecord) => void;
}) {
  const [pain, setPain] = useState<number | null>(log.painNextMorning);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(log.painNextMorning !== null);
  const [error, setError] = useState<string | null>(null);
  const what = log.kind === 'run' ? 'your run' : `your ${ITEM_NAME[log.kind].toLowerCase()}`;

  const save = async (value: number) => {
    setPain(value);
    setSaving(true);
    setError(null);
    try {
      const updated = await apiCall('PATCH /api/plans/:id/logs/:logId', {
        params: { id: planId, logId: log.id },
        body: { painNextMorning: value },
      });
      setSaved(true);
      onSaved?.(updated);
    } catch (err) {
      setSaved(false);
      setError(
        err instanceof ApiError && err.code === 'network'
          ? 'Not saved: there is no connection. Tap your answer again when you have signal.'
          : `Not saved: ${err instanceof Error ? err.message : 'something went wrong'}.`,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="next-morning" aria-busy={saving}>
      <PainButtons
        legend={`This morning, after ${what}: how are your back and its stiffness?`}
        hint="0 is no pain or stiffness, 10 is the worst you can imagine. Your answer saves when you tap it."
        value={pain}
        onChange={(n) => void save(n)}
      />
      {saved && pain !== null && (
        <p role="status" className="log-saved">
          Saved: {pain} out of 10.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
