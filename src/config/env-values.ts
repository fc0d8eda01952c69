/** Reading numbers from environment variables: the default when unset, an error naming the variable when bad. */

/** @example wholeNumber('4', 2, 'X') // 4 */
export function wholeNumber(value: string | undefined, fallback: number, name: string, least = 1): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < least)
    throw new Error(`${name} must be a whole number from ${least}, got "${value}"`);
  return Number(value);
}

/** Seconds in the variable, milliseconds out. @example secondsAsMs('1.5', 0, 'X') // 1500 */
export function secondsAsMs(value: string | undefined, fallbackMs: number, name: string): number {
  if (value === undefined || value === '') return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number of seconds, got "${value}"`);
  return Math.round(n * 1000);
}
