import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api';

export type Units = 'km' | 'mi';

interface SettingsState {
  units: Units;
  /** False until the saved preferences have arrived (units show the default meanwhile). */
  loaded: boolean;
  saveUnits(units: Units): Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

/** The runner's preferences, loaded once after login and used by every screen that shows a distance. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [units, setUnits] = useState<Units>('km');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    api<{ units: Units }>('GET', '/api/settings')
      .then((s) => setUnits(s.units))
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);
  // Optimistic: the choice shows at once and is put back if the server refuses it.
  const saveUnits = useCallback(
    async (next: Units) => {
      const previous = units;
      setUnits(next);
      try {
        const saved = await api<{ units: Units }>('PUT', '/api/settings', { units: next });
        setUnits(saved.units);
      } catch (error) {
        setUnits(previous);
        throw error;
      }
    },
    [units],
  );
  const value = useMemo(() => ({ units, loaded, saveUnits }), [units, loaded, saveUnits]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const ctx = useContext(SettingsContext);
  if (!ctx) throw new Error('useSettings outside SettingsProvider');
  return ctx;
}
