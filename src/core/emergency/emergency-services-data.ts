/**
 * Emergency numbers by country, for the emergency card. Safety content: change an entry only with a source, and
 * recheck the sources before each release (numbers change, in India, Indonesia and the Philippines especially).
 * `number` is the one a local dials for an ambulance; `alternatives` also reach help there. Where 112 reaches
 * the police rather than an ambulance (Norway, Switzerland, Liechtenstein, South Korea), the medical number leads.
 * `department` is the hospital's emergency department in plain English as said there, with its article.
 * Countries whose nationwide ambulance number could not be confirmed (Kenya, Nigeria) are left out on purpose:
 * they get the general line (112, 911 or 999), which GSM phones route to local services.
 * Gathered and cross-checked on 2026-12-01 against the sources named per entry.
 */
export interface EmergencyServicesEntry {
  country: string;
  name: string;
  number: string;
  alternatives: string[];
  department: string;
  sources: string[];
}

const ED = 'the emergency department';
const EU112 = 'European Commission, "112: the single European emergency number" (MEMO/05/363)';

/** An EU or EEA state where 112 is the number to dial (a national ambulance number may also exist). */
const eu = (
  country: string,
  name: string,
  alternatives: string[] = [],
  sources: string[] = [],
): EmergencyServicesEntry => ({
  country,
  name,
  number: '112',
  alternatives,
  department: ED,
  sources: [EU112, ...sources],
});

/** A country whose own ambulance number leads, with 112 also working. */
const national = (
  country: string,
  name: string,
  number: string,
  alternatives: string[],
  sources: string[],
  department = ED,
): EmergencyServicesEntry => ({ country, name, number, alternatives, department, sources });

export const EMERGENCY_SERVICES_DATA: readonly EmergencyServicesEntry[] = [
  national(
    'GB',
    'United Kingdom',
    '999',
    ['112'],
    ['NHS, "Ambulance services" (nhs.uk)', 'GOV.UK, "999 and 112: the UK\'s national emergency numbers"'],
    'A&E',
  ),
  national('GG', 'Guernsey', '999', ['112'], ['"999 (emergency telephone number)"'], 'A&E'),
  national('JE', 'Jersey', '999', ['112'], ['"999 (emergency telephone number)"'], 'A&E'),
  national('IM', 'Isle of Man', '999', ['112'], ['"999 (emergency telephone number)"'], 'A&E'),
  national(
    'IE',
    'Ireland',
    '112',
    ['999'],
    ['HSE, "When to call 112 or 999" (hse.ie)', 'HSE, "The emergency department (ED)"'],
    'the emergency department (A&E)',
  ),
  national(
    'US',
    'United States',
    '911',
    [],
    ['FCC, "Text-to-911: quick facts and FAQs" (fcc.gov)'],
    'the ER',
  ),
  national('CA', 'Canada', '911', [], ['CRTC, "9-1-1 services" (crtc.gc.ca)'], 'the emergency room'),
  national(
    'AU',
    'Australia',
    '000',
    ['112'],
    ['healthdirect, "Calling triple zero (000)"', 'triplezero.gov.au, "Using other emergency numbers"'],
  ),
  national(
    'NZ',
    'New Zealand',
    '111',
    ['112'],
    ['Ministry of Health, "New Zealand\'s ambulance services" (health.govt.nz)'],
  ),
  eu('AT', 'Austria', ['144'], ['RTR, "Notrufnummern" (rtr.at)']),
  eu('BE', 'Belgium', [], ['sos112.be']),
  eu('BG', 'Bulgaria'),
  national(
    'HR',
    'Croatia',
    '194',
    ['112'],
    ['Zagreb Institute of Emergency Medicine, "194" (zhm-mz.hr)', EU112],
  ),
  eu('CY', 'Cyprus', [], ['Visit Cyprus, "Health and safety" (visitcyprus.com)']),
  national('CZ', 'Czechia', '155', ['112'], ['Prague 10, "Emergency numbers" (praha10.cz)', EU112]),
  eu('DK', 'Denmark', [], ['lifeindenmark.borger.dk, "Emergencies"']),
  eu('EE', 'Estonia', [], ['Emergency Response Centre, "Emergency phone number 112" (112.ee)']),
  eu('FI', 'Finland', [], ['Terveyskylä, "Calling emergency medical services"']),
  national('FR', 'France', '15', ['112'], ['SDIS 45, "Une urgence, quel numéro ?"', EU112]),
  eu('DE', 'Germany', [], ['DRK, "Notrufnummer 112"']),
  national('GR', 'Greece', '166', ['112'], ['civilprotection.gov.gr, "112"', EU112]),
  national('HU', 'Hungary', '104', ['112'], ['112.hu, "In action"', EU112]),
  national('IT', 'Italy', '118', ['112'], ['112.gov.it, "How it works"', EU112]),
  national('LV', 'Latvia', '113', ['112'], ['NMPD, "Calling for medical help" (nmpd.gov.lv)', EU112]),
  eu('LT', 'Lithuania', [], ['112.lt, "About number 112"']),
  eu('LU', 'Luxembourg', [], ['112.public.lu, "SAMU"']),
  eu('MT', 'Malta', [], ['Health Services Malta, "Emergency Department" (healthservices.gov.mt)']),
  eu('NL', 'Netherlands', [], ['gpinfo.nl, "In case of emergency"']),
  national('PL', 'Poland', '999', ['112'], ['gov.pl, "What and how to report"', EU112]),
  eu('PT', 'Portugal'),
  eu('RO', 'Romania'),
  national('SK', 'Slovakia', '155', ['112'], ['slovensko.sk, "Emergency numbers"', EU112]),
  eu('SI', 'Slovenia', [], ['gov.si, "Emergency call"']),
  eu('ES', 'Spain', ['061']),
  eu('SE', 'Sweden', [], ['Krisinformation.se, "In case of an accident"']),
  eu('IS', 'Iceland', [], ['112.is, "Calling 112"']),
  national('NO', 'Norway', '113', ['112'], ['Viken nettskole, "Varsling"']),
  national('CH', 'Switzerland', '144', ['112'], ['ch.ch, "Road accident: what should I do?"']),
  national(
    'LI',
    'Liechtenstein',
    '144',
    ['112'],
    ['Government of Liechtenstein, "Europäischer Notruf 112" (press release)'],
  ),
  national(
    'TR',
    'Türkiye',
    '112',
    [],
    ['Interior Ministry announcement: all emergency numbers under 112 (2021)'],
  ),
  national(
    'IN',
    'India',
    '112',
    ['108'],
    [
      'Ministry of Home Affairs, Emergency Response Support System (112)',
      '"108 (emergency telephone number)"',
    ],
  ),
  national('ZA', 'South Africa', '10177', ['112'], ['Trek Medics, "South Africa EMS"'], 'the emergency unit'),
  national('JP', 'Japan', '119', [], ['Odate City, "Making an emergency call"'], 'the emergency room'),
  national('KR', 'South Korea', '119', [], ['KOCIS, "Emergency" (kocis.go.kr)'], 'the emergency room'),
  national('CN', 'China', '120', [], ['Changde government, "120 medical emergency service"']),
  national(
    'HK',
    'Hong Kong',
    '999',
    ['112'],
    ['Hospital Authority / Fire Services: 999 emergency ambulance'],
    'A&E',
  ),
  national('SG', 'Singapore', '995', [], ['SCDF, "Emergency medical services" (scdf.gov.sg)'], 'A&E'),
  national('BR', 'Brazil', '192', [], ['Viva o SUS, "SAMU 192"']),
  national(
    'MX',
    'Mexico',
    '911',
    [],
    ['"911 replaces 066 and 065" (capitalmexico.com.mx)'],
    'the emergency room',
  ),
  national('AR', 'Argentina', '107', ['911'], ['SAME 107 (Buenos Aires City)']),
  national(
    'IL',
    'Israel',
    '101',
    ['1221'],
    ['Ministry of Health: Magen David Adom 101 (mdauk.org)'],
    'the emergency room',
  ),
  national('AE', 'United Arab Emirates', '998', ['999'], ['Android emergency number table (eccdata)']),
  national('SA', 'Saudi Arabia', '997', ['911'], ['Saudi Red Crescent: 997 (ajel.sa)']),
  national('PH', 'Philippines', '911', [], ['Executive Order 56: 911 nationwide (philstar.com)'], 'the ER'),
  national('MY', 'Malaysia', '999', ['112'], ['MERS 999 (thestar.com.my)']),
  national(
    'TH',
    'Thailand',
    '1669',
    [],
    ['UN DESA case study: Emergency Medical Institute of Thailand (1669)'],
    'the ER',
  ),
  national('ID', 'Indonesia', '119', ['112'], ['Ministry of Health, "PSC 119" (kbr.id)']),
];
