import { describe, expect, it } from 'vitest';
import { EMERGENCY_SERVICES_DATA } from './emergency-services-data';
import {
  countryFromLocale,
  emergencyContactFor,
  fillEmergencyWords,
  UNKNOWN_COUNTRY,
} from './emergency-services';

describe('emergency services by country', () => {
  it('knows the numbers of the main running countries', () => {
    expect(emergencyContactFor('GB')).toMatchObject({ number: '999', department: 'A&E' });
    expect(emergencyContactFor('us')).toMatchObject({ number: '911', department: 'the ER' });
    expect(emergencyContactFor('AU').number).toBe('000');
    expect(emergencyContactFor('NZ').number).toBe('111');
    expect(emergencyContactFor('DE').number).toBe('112');
    expect(emergencyContactFor('CH').number).toBe('144');
  });

  it('falls back to 112 (and 911, 999) when the country is unknown', () => {
    expect(emergencyContactFor(null)).toEqual(UNKNOWN_COUNTRY);
    expect(emergencyContactFor('XX')).toEqual(UNKNOWN_COUNTRY);
    expect(UNKNOWN_COUNTRY.number).toBe('112');
  });

  it('every entry has a dialable number, a place name and a source; codes are unique', () => {
    const codes = EMERGENCY_SERVICES_DATA.map((e) => e.country);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of EMERGENCY_SERVICES_DATA) {
      expect(e.country, e.name).toMatch(/^[A-Z]{2}$/);
      for (const n of [e.number, ...e.alternatives]) expect(n, e.country).toMatch(/^\d{2,6}$/);
      expect(e.department.length, e.country).toBeGreaterThan(2);
      expect(e.sources.length, e.country).toBeGreaterThan(0);
    }
  });

  it('reads the country from a browser locale', () => {
    expect(countryFromLocale('en-GB')).toBe('GB');
    expect(countryFromLocale('de-AT')).toBe('AT');
    expect(countryFromLocale('zh-Hant-HK')).toBe('HK');
    expect(countryFromLocale('fr')).toBeNull();
    expect(countryFromLocale(undefined)).toBeNull();
  });

  it('fills the words of a text', () => {
    const text = '{Department} is open. Go to {department} or call {number}.';
    expect(fillEmergencyWords(text, emergencyContactFor('US'))).toBe(
      'The ER is open. Go to the ER or call 911.',
    );
    expect(fillEmergencyWords(text, emergencyContactFor('GB'))).toBe('A&E is open. Go to A&E or call 999.');
  });
});
