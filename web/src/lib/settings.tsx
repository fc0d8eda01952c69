import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { countryFromLocale } from '../../../src/core/emergency/emergency-services';
import type { UserSettings } from '../../../src/contract/settings';
import { apiCall } from './api';

export type Units = UserSettings['units'];
type SavedSettings = UserSettings;

interface SettingsState {
  units: Units;
  /** The country the runner chose, or null to follow the browser. */
  savedCountry: string | null;
  /** The country emergency numbers are shown for: the chosen one, else the browser's region, else null. */
  country: string | null;
  /** False until the saved preferences have arrived (the defaults show meanwhile). */
  loaded: boolean;
  saveUnits(units: Units): Promise<void>;
  saveCountry(country: string | null): Promise<void>;
  /** Whether imported activity files are kept as they came. */
  keepOriginals: boolean;
  saveKeepOriginals(keep: boolean): Promise<void>;
  /** What the runner is running for, shown on the clinician report; null when not given. */
  goal: string | null;
  saveGoal(goal: string | null): Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

const browserCountry = (): string | null =>
  countryFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

/** The runner's preferences, loaded once after login and used by every screen that shows a distance. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [saved, setSaved] = useState<SavedSettings>({
    units: 'km',
    country: null,
    keepOriginals: true,
    goal: null,
  });
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    apiCall('GET /api/settings')
      .then(setSaved)
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);
  // Optimistic: the choice shows at once and is put back if the server refuses it.
  const save = useCallback(
    async (patch: Partial<SavedSettings>) => {
      const previous = saved;
      setSaved({ ...saved, ...patch });
      try {
        setSaved(await apiCall('PUT /api/settings', { body: patch }));
      } catch (error) {
        setSaved(previous);
        throw error;
      }
    },
    [saved],
  );
  const value = useMemo<SettingsState>(
    () => ({
      units: saved.units,
      savedCountry: saved.country,
      country: saved.country ?? browserCountry(),
      loaded,
      saveUnits: (units) => save({ units }),
      saveCountry: (country) => save({ country }),
      keepOriginals: saved.keepOriginals,
      saveKeepOriginals: (keepOriginals) => save({ keepOriginals }),
      goal: saved.goal,
      saveGoal: (goal) => save({ goal }),
    }),
    [saved, loaded, save],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const ctx = useContext(SettingsContext);
  if (!ctx) throw new Error('useSettings outside SettingsProvider');
  return ctx;
}
