import { describe, expect, it } from 'vitest';
import { checkinBodySchema } from './checkins';
import { FINDINGS } from '../core/checkin';

const body = (over: Record<string, unknown> = {}) => ({ age: 34, sex: 'F', findings: [], ...over });
const paths = (value: unknown) => {
  const parsed = checkinBodySchema.safeParse(value);
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.path.join('.')))];
};

describe('check-in body: every number a person could give', () => {
  it('bounds age to whole years from 0 to 130, refusing 1e308', () => {
    expect(paths(body({ age: 0 }))).toEqual([]);
    expect(paths(body({ age: 130 }))).toEqual([]);
    for (const age of [-1, 131, 34.5, 1e308, -1e308, 2 ** 53])
      expect(paths(body({ age })), String(age)).toEqual(['age']);
  });

  it('gives every number finding a finite range, and refuses values outside it', () => {
    const numeric = FINDINGS.filter((f) => f.type === 'N');
    expect(numeric.length).toBeGreaterThan(10);
    for (const def of numeric) {
      expect(Number.isFinite(def.min), def.code).toBe(true);
      expect(Number.isFinite(def.max), def.code).toBe(true);
      const at = (value: number) => paths(body({ findings: [{ code: def.code, value }] }));
      expect(at(def.max!), def.code).toEqual([]);
      expect(at(def.max! + 1), def.code).toEqual(['findings.0.value']);
      expect(at(def.min! - 1), def.code).toEqual(['findings.0.value']);
      expect(at(1e308), def.code).toEqual(['findings.0.value']);
    }
  });

  it('refuses a number for a yes/no finding, and text that is not a country code', () => {
    expect(paths(body({ findings: [{ code: 'fever', value: 1e308 }] }))).toEqual(['findings.0.value']);
    expect(paths(body({ country: 'G\u0000' }))).toEqual(['country']);
  });
});
