import { useId, useState } from 'react';
import {
  countryFromLocale,
  EMERGENCY_COUNTRIES,
  emergencyContactFor,
} from '../../../src/core/emergency/emergency-services';
import { useSettings } from '../lib/settings';

/** Where the runner is, for the emergency numbers and words of every result; defaults to the browser's region. */
export function CountrySetting() {
  const { savedCountry, country, loaded, saveCountry } = useSettings();
  const [status, setStatus] = useState('');
  const id = useId();
  const fromBrowser = countryFromLocale(navigator.language);
  const browserName = EMERGENCY_COUNTRIES.find((c) => c.country === fromBrowser)?.name;
  const contact = emergencyContactFor(country);
  const onChange = async (value: string) => {
    setStatus('Saving…');
    try {
      await saveCountry(value === '' ? null : value);
      setStatus('Saved.');
    } catch {
      setStatus('Could not save. Check your connection and try again.');
    }
  };
  return (
    <div className="field country-setting">
      <label htmlFor={id}>Country, for emergency numbers</label>
      <p id={`${id}-hint`} className="field-hint">
        {country
          ? `In an emergency the app will tell you to call ${contact.number} and go to ${contact.department}.`
          : `No country chosen: the app will suggest ${contact.number}, which works from mobile phones in most countries.`}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={savedCountry ?? ''}
        disabled={!loaded}
        onChange={(e) => void onChange(e.target.value)}
      >
        <option value="">
          {browserName ? `This device's region (${browserName})` : 'Not chosen (this device names no region)'}
        </option>
        {EMERGENCY_COUNTRIES.map((c) => (
          <option key={c.country} value={c.country}>
            {c.name}
          </option>
        ))}
      </select>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
