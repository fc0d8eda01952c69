/**
 * How long a check-in takes, as promised on its first screen and on Home. Measured in the e2e tier: a scripted
 * returning runner's taps and words on screen, read at 200 words a minute with a second a tap, must fit the
 * returning promise (see test/e2e/checkin-length.e2e.test.ts). First visits answer more and read more.
 */
export const CHECKIN_MINUTES = { returning: 3, first: 5 } as const;

/**
 * The promise in words.
 * @example checkinLengthText(true) // 'about 3 minutes'
 */
export const checkinLengthText = (returning: boolean): string =>
  `about ${returning ? CHECKIN_MINUTES.returning : CHECKIN_MINUTES.first} minutes`;
