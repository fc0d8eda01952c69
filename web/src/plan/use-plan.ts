import { useCallback, useEffect, useState } from 'react';
import type { PlanRecord } from '../../../src/contract/plans';
import { ApiError, apiCall } from '../lib/api';
import { browserTimeZone } from '../lib/time-zone';

export type PlanLoad =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'none' }
  | { state: 'ready'; record: PlanRecord };

/**
 * The current plan. A 404 means there is none (a state of its own, never shown as a failure); any other
 * failure says so and can be retried.
 */
export function useCurrentPlan(): {
  load: PlanLoad;
  retry: () => void;
  set: (record: PlanRecord | null) => void;
} {
  const [load, setLoad] = useState<PlanLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    apiCall('GET /api/plans/current', { query: { timeZone: browserTimeZone() } })
      .then((record) => live && setLoad({ state: 'ready', record }))
      .catch((e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 404) setLoad({ state: 'none' });
        else
          setLoad({
            state: 'failed',
            message: e instanceof ApiError ? e.message : 'Your plan could not be loaded.',
          });
      });
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const set = useCallback(
    (record: PlanRecord | null) => setLoad(record ? { state: 'ready', record } : { state: 'none' }),
    [],
  );
  return { load, retry, set };
}
