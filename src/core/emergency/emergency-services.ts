import { EMERGENCY_SERVICES_DATA, type EmergencyServicesEntry } from './emergency-services-data';

/** How to reach emergency care where the runner is: the number to call and what the hospital door is called. */
export interface EmergencyContact {
  /** ISO 3166-1 alpha-2 code, or null when the country is unknown. */
  country: string | null;
  /** The number a local would dial for an ambulance. */
  number: string;
  /** Other numbers that also reach emergency services there (112 from mobiles, say). */
  alternatives: string[];
  /** The emergency department as said there, with its article: "A&E", "the ER", "the emergency department". */
  department: string;
}

/**
 * When the country is unknown: 112 reaches emergency services from mobile phones on GSM networks in most of the
 * world (and is the number across the EU); 911 and 999 are the other common ones.
 */
export const UNKNOWN_COUNTRY: EmergencyContact = {
  country: null,
  number: '112',
  alternatives: ['911', '999'],
  department: 'the emergency department',
};

const BY_COUNTRY: ReadonlyMap<string, EmergencyServicesEntry> = new Map(
  EMERGENCY_SERVICES_DATA.map((entry) => [entry.country, entry]),
);

/** Every country with its own entry, for a settings picker (English names, sorted). */
export const EMERGENCY_COUNTRIES: readonly { country: string; name: string }[] = [...EMERGENCY_SERVICES_DATA]
  .map(({ country, name }) => ({ country, name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

/**
 * The emergency contact for a country code (case-insensitive); the unknown-country contact otherwise.
 * @example emergencyContactFor('gb').number // '999'
 * @example emergencyContactFor(null).number // '112'
 */
export function emergencyContactFor(country: string | null | undefined): EmergencyContact {
  const entry = country ? BY_COUNTRY.get(country.toUpperCase()) : undefined;
  if (!entry) return UNKNOWN_COUNTRY;
  return {
    country: entry.country,
    number: entry.number,
    alternatives: [...entry.alternatives],
    department: entry.department,
  };
}

/**
 * Whether a country code has an entry of its own.
 * @example isKnownCountry('US') // true
 */
export const isKnownCountry = (country: string): boolean => BY_COUNTRY.has(country.toUpperCase());

/**
 * The region of a BCP 47 language tag, when it names one: "en-GB" → "GB", "fr" → null.
 * @example countryFromLocale('en-AU') // 'AU'
 */
export function countryFromLocale(locale: string | undefined): string | null {
  const match = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})(?:-|$)/.exec(locale ?? '');
  const region = match?.[1]?.toUpperCase();
  return region && isKnownCountry(region) ? region : null;
}

/**
 * Fills the emergency words of a text for a contact: `{number}` → "999", `{department}` → "A&E",
 * `{Department}` → the same with a capital first letter (for the start of a sentence).
 * @example fillEmergencyWords('Go to {department} now.', emergencyContactFor('US')) // 'Go to the ER now.'
 */
export function fillEmergencyWords(text: string, contact: EmergencyContact): string {
  const capital = contact.department.charAt(0).toUpperCase() + contact.department.slice(1);
  return text
    .replaceAll('{number}', contact.number)
    .replaceAll('{department}', contact.department)
    .replaceAll('{Department}', capital);
}
