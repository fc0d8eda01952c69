/**
 * A session's device in words, from the User-Agent it started with: the browser and the system, as a runner
 * would name them ("Firefox on Android"). Only the common ones are told apart; anything else is said plainly.
 */

const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/\bcurl\//, 'curl'],
  [/\bnode(-fetch)?\b|\bundici\b/i, 'a script'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'Mac'],
  [/\bLinux\b/, 'Linux'],
];

/**
 * @example deviceName('Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0') // 'Firefox on Android'
 * @example deviceName(null) // 'An unknown device'
 */
export function deviceName(userAgent: string | null): string {
  if (!userAgent || userAgent.trim() === '') return 'An unknown device';
  const browser = BROWSERS.find(([re]) => re.test(userAgent))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser === 'a script' ? 'A script' : browser;
  if (system) return `A browser on ${system}`;
  return 'An unknown device';
}

/** What is kept of a User-Agent: control characters dropped, at most 512 characters. */
export function keptUserAgent(userAgent: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = (userAgent ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean === '' ? null : clean.slice(0, 512);
}
