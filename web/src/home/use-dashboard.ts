import { useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardResponse } from '../../../src/contract/dashboard';
import { apiCall } from '../lib/api';
import { browserTimeZone } from '../lib/time-zone';

export type DashboardWeeks = 12 | 52;

export type DashboardLoad =
  | { state: 'loading' }
  | { state: 'failed' }
  | {
      state: 'ready';
      data: DashboardResponse;
      /** Fetching another span of weeks; the bars shown stay until it arrives. */
      refreshing: boolean;
      /** The last change of span failed; what is shown is still the earlier answer. */
      refreshFailed: boolean;
    };

/**
 * Home's one request. The first load shows loading and failure as such (never a default); switching
 * between 12 and 52 weeks keeps the page and swaps the answer when it comes.
 */
export function useDashboard(weeks: DashboardWeeks): { load: DashboardLoad; retry: () => void } {
  const [load, setLoad] = useState<DashboardLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setLoad((l) =>
      l.state === 'ready' ? { ...l, refreshing: true, refreshFailed: false } : { state: 'loading' },
    );
    apiCall('GET /api/dashboard', { query: { weeks, timeZone: browserTimeZone() } })
      .then((data) => {
        if (call === latest.current)
          setLoad({ state: 'ready', data, refreshing: false, refreshFailed: false });
      })
      .catch(() => {
        if (call !== latest.current) return;
        setLoad((l) =>
          l.state === 'ready' ? { ...l, refreshing: false, refreshFailed: true } : { state: 'failed' },
        );
      });
  }, [weeks, attempt]);
  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load, retry };
}
