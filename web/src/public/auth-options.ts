import { useEffect, useState } from 'react';
import { apiCall } from '../lib/api';
import type { AuthOptions } from '../../../src/contract/accounts';

export type AuthOptionsState =
  { state: 'loading' } | { state: 'ready'; options: AuthOptions } | { state: 'failed' };

let cached: Promise<AuthOptions> | null = null;
const load = (): Promise<AuthOptions> => {
  cached ??= apiCall('GET /api/auth/options').catch((e: unknown) => {
    cached = null; // let the next page try again
    throw e;
  });
  return cached;
};

/** The server's account options, fetched once per page load and shared by the pages that need them. */
export function useAuthOptions(): AuthOptionsState {
  const [state, setState] = useState<AuthOptionsState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (options) => live && setState({ state: 'ready', options }),
      () => live && setState({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
