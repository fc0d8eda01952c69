import { useEffect, useState } from 'react';
import { api } from '../lib/api';

/** How this server handles forgotten passwords (GET /api/auth/options). */
export interface AuthOptions {
  /** `email`: it emails a reset link; `administrator`: the person who runs the server sets passwords. */
  passwordReset: 'email' | 'administrator';
}

export type AuthOptionsState =
  { state: 'loading' } | { state: 'ready'; options: AuthOptions } | { state: 'failed' };

let cached: Promise<AuthOptions> | null = null;
const load = (): Promise<AuthOptions> => {
  cached ??= api<AuthOptions>('GET', '/api/auth/options').catch((e: unknown) => {
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
