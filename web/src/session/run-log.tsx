/** The log after a run (reusable from the plan page): pain during, whether it rose, a limp, a new red flag. */
import { useState, type FormEvent } from 'react';
import type { PlanLogRecord } from '../../../src/contract/plans';
import { apiCall, ApiError } from '../lib/api';
import { addToDiary, DiaryBox, DIARY_FAILED } from '../pain/quick-pain';
import { LogFormEnd, PainButtons, RedFlagAdvice, YesNo } from './log-fields';
import './session.css';

/**
 * @example <RunLog planId={plan.id} date="2025-03-04" itemIndex={0} onSaved={reload} />
 */
export function RunLog({
  planId,
  date,
  itemIndex = 0,
  onSaved,
}: {
  planId: string;
  date: string;
  itemIndex?: number;
  onSaved?: (log: PlanLogRecord) => void;
}) {
  const [pain, setPain] = useState<number | null>(null);
  const [rose, setRose] = useState<boolean | null>(null);
  const [limped, setLimped] = useState<boolean | null>(null);
  const [redFlag, setRedFlag] = useState<boolean | null>(null);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [diary, setDiary] = useState(true);
  const [diaryFailed, setDiaryFailed] = useState(false);
  const [saved, setSaved] = useState<PlanLogRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (pain === null || rose === null || limped === null || redFlag === null) return;
    setSaving(true);
    setError(null);
    try {
      const log = await apiCall('POST /api/plans/:id/logs', {
        params: { id: planId },
        body: {
          date,
          kind: 'run',
          itemIndex,
          painDuring: pain,
          painRoseDuring: rose,
          limped,
          newRedFlag: redFlag,
        },
      });
      if (diary) {
        const note = `The run of ${date}, from the plan.`;
        setDiaryFailed(
          await addToDiary(pain, 'during_run', note).then(
            () => false,
            () => true,
          ),
        );
      }
      setSaved(log);
      onSaved?.(log);
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'network'
          ? 'Not saved: there is no connection. Save again when you have signal.'
          : `Not saved: ${err instanceof Error ? err.message : 'something went wrong'}. Try again.`,
      );
    } finally {
      setSaving(false);
    }
  };

  if (saved) {
    return (
      <div className="run-log">
        {saved.newRedFlag && <RedFlagAdvice />}
        <p role="status" className="log-saved">
          Run logged: pain {saved.painDuring} out of 10.
        </p>
        {diaryFailed && <p role="alert">{DIARY_FAILED}</p>}
      </div>
    );
  }
  return (
    <form className="run-log" onSubmit={onSubmit} noValidate aria-label="Log your run">
      <PainButtons
        legend="Pain during the run"
        value={pain}
        onChange={setPain}
        missing={tried && pain === null}
      />
      <YesNo
        legend="Did the pain rise as the run went on?"
        value={rose}
        onChange={setRose}
        missing={tried && rose === null}
      />
      <YesNo legend="Did you limp?" value={limped} onChange={setLimped} missing={tried && limped === null} />
      <DiaryBox checked={diary} onChange={setDiary} />
      <LogFormEnd
        redFlag={redFlag}
        onRedFlag={setRedFlag}
        tried={tried}
        error={error}
        saving={saving}
        saveLabel="Save run log"
      />
    </form>
  );
}
