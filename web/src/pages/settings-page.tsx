import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../lib/auth';
import { useSettings, type Units } from '../lib/settings';
import { useTheme, type ThemeChoice } from '../lib/theme';
import { usePageTitle } from '../lib/page-title';
import { CountrySetting } from '../components/country-setting';
import { ShareLinksSection } from '../report/share-links';
import { GoalSetting } from '../report/goal-setting';
import { YourDataSection } from '../account/your-data';
import { DangerZone } from '../account/danger-zone';
import { SessionsSection } from '../account/sessions-section';
import { PasswordChange } from '../account/password-change';

export function SettingsPage() {
  const { units, loaded, saveUnits } = useSettings();
  const [theme, setTheme] = useTheme();
  const [status, setStatus] = useState('');
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const { me, logOut } = useAuth();
  const navigate = useNavigate();
  usePageTitle('Settings');

  const onUnits = async (next: Units) => {
    setStatus('Saving…');
    try {
      await saveUnits(next);
      setStatus(next === 'km' ? 'Saved: distances in kilometres.' : 'Saved: distances in miles.');
    } catch {
      setStatus('Could not save. Check your connection and try again.');
    }
  };

  return (
    <>
      <h1>Settings</h1>
      <form className="settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={!loaded} aria-busy={!loaded}>
          <legend>Distance units</legend>
          {(['km', 'mi'] as const).map((u) => (
            <label key={u} className="choice">
              <input
                type="radio"
                name="units"
                value={u}
                checked={units === u}
                onChange={() => void onUnits(u)}
              />
              <span>{u === 'km' ? 'Kilometres (km)' : 'Miles (mi)'}</span>
            </label>
          ))}
        </fieldset>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
        <CountrySetting />
        <fieldset>
          <legend>Appearance</legend>
          {(
            [
              ['system', 'Match this device'],
              ['light', 'Light'],
              ['dark', 'Dark'],
            ] as [ThemeChoice, string][]
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      </form>
      <GoalSetting />
      <ShareLinksSection />
      <section className="card account">
        <h2>Account</h2>
        <p>
          Logged in as <strong>{me?.email}</strong>
        </p>
        <button
          type="button"
          className="button"
          onClick={async () => {
            await logOut();
            navigate('/log-in');
          }}
        >
          Log out
        </button>
      </section>
      <PasswordChange onChanged={() => setSessionsVersion((v) => v + 1)} />
      <SessionsSection version={sessionsVersion} />
      <YourDataSection />
      <DangerZone />
    </>
  );
}
