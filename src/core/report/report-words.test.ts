import { describe, expect, it } from 'vitest';
import { dayWords, orDash, sexWords, shortDay } from './report-words';

describe('report words', () => {
  it('writes days without ambiguity', () => {
    expect(dayWords('2026-12-03T08:00:00.000Z')).toBe('3 Dec 2026');
    expect(dayWords('2026-01-31')).toBe('31 Jan 2026');
    expect(shortDay('2026-11-09')).toBe('9 Nov');
  });
  it('says what is missing', () => {
    expect(orDash(null, ' km')).toBe('–');
    expect(orDash(0, ' km')).toBe('0 km');
    expect(sexWords(null)).toBe('not given');
    expect(sexWords('M')).toBe('male');
  });
});
