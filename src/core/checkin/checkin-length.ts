/**
 * How long a check-in takes, as promised on its first screen and on Home. Measured in the e2e tier
 * (test/e2e/checkin-length.e2e.test.ts): a scripted runner's taps and the words on each screen, read at 238 words
 * a minute with a second a tap, must fit the promise. Measured 2026-12-01: returning 19 taps, 864 words, about
 * 3.9 minutes; first 20 taps, 1,387 words (the optional cause questions open), about 6.2 minutes.
 */
export const CHECKIN_MINUTES = { returning: 4, first: 7 } as const;

/**
 * The promise in words.
 * @example checkinLengthText(true) // 'about 4 minutes'
 */
export const checkinLengthText = (returning: boolean): string =>
  `about ${returning ? CHECKIN_MINUTES.returning : CHECKIN_MINUTES.first} minutes`;
