import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../../../src/contract/accounts';
import { apiCall, ApiError } from './api';
import { clearPrivateCaches } from '../session/offline-cache';

export type { Me };

interface AuthState {
  me: Me | null;
  loading: boolean;
  logIn(email: string, password: string): Promise<void>;
  signUp(email: string, password: string): Promise<void>;
  /** Sets a new password with the token from a reset email; the server ends all other sessions and logs in. */
  resetPassword(token: string, password: string): Promise<void>;
  logOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    apiCall('GET /api/me')
      .then(setMe)
      .catch((e: unknown) => {
        if (!(e instanceof ApiError && e.status === 401)) console.error(e);
        // Logged out elsewhere or expired: the plan kept for offline use is no longer this browser's to show.
        else void clearPrivateCaches();
        setMe(null);
      })
      .finally(() => setLoading(false));
  }, []);

  const logIn = useCallback(async (email: string, password: string) => {
    setMe(await apiCall('POST /api/auth/login', { body: { email, password } }));
  }, []);
  const signUp = useCallback(async (email: string, password: string) => {
    setMe(await apiCall('POST /api/auth/register', { body: { email, password } }));
  }, []);
  const resetPassword = useCallback(async (token: string, password: string) => {
    setMe(await apiCall('POST /api/auth/password-reset/confirm', { body: { token, password } }));
  }, []);
  const logOut = useCallback(async () => {
    try {
      await apiCall('POST /api/auth/logout');
    } finally {
      await clearPrivateCaches();
    }
    setMe(null);
  }, []);

  const value = useMemo(
    () => ({ me, loading, logIn, signUp, resetPassword, logOut }),
    [me, loading, logIn, signUp, resetPassword, logOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
