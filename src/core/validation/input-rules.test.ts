import { describe, expect, it } from 'vitest';
import { boundedNumber, idText, plainText, plausibleDateTime, secretText, textProblem } from './input-rules';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe('textProblem', () => {
  it('passes ordinary text, accents, emoji (a whole surrogate pair) and the empty string', () => {
    for (const text of ['Ghost 15', 'Évora trail ~ 10k', 'Long run 🏃‍♀️', '', '\u00a0nbsp', '\u00ff'])
      expect(textProblem(text), JSON.stringify(text)).toBeNull();
  });

  it('finds control characters at each edge of the C0, DEL and C1 ranges', () => {
    for (const unit of [0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x7f, 0x80, 0x9f])
      expect(textProblem(`a${String.fromCharCode(unit)}b`), unit.toString(16)).toBe('control_character');
    for (const unit of [0x20, 0x7e, 0xa0])
      expect(textProblem(`a${String.fromCharCode(unit)}b`), unit.toString(16)).toBeNull();
  });

  it('finds a lone high or low surrogate anywhere, but not a pair', () => {
    expect(textProblem('x\ud800')).toBe('lone_surrogate');
    expect(textProblem('\ud800x')).toBe('lone_surrogate');
    expect(textProblem('x\udfff')).toBe('lone_surrogate');
    expect(textProblem('\udc00\ud800')).toBe('lone_surrogate');
    expect(textProblem('\ud83c\udfc3')).toBeNull();
    expect(textProblem('\udbff\udfff')).toBeNull();
  });
});

describe('plainText', () => {
  const name = plainText('name', 5);

  it('trims, and keeps up to the limit', () => {
    expect(name.parse('  abcde  ')).toBe('abcde');
    expect(messages(name.safeParse('abcdef'))).toEqual(['name is longer than 5 characters']);
  });

  it('names the field and the problem', () => {
    expect(messages(name.safeParse('a\u0000b'))).toEqual([
      'name holds a control character (such as NUL, a tab or a line break)',
    ]);
    expect(messages(name.safeParse('a\ud800'))).toEqual([
      'name holds a broken character (half of a UTF-16 surrogate pair)',
    ]);
    // Line breaks inside are refused; around the text they are trimmed away.
    expect(name.safeParse('a\nb').success).toBe(false);
    expect(name.parse('\nab\n')).toBe('ab');
  });
});

describe('secretText', () => {
  const password = secretText('password', 3, 6);

  it('keeps spaces, and counts characters at and around both limits', () => {
    expect(password.parse(' a b ')).toBe(' a b ');
    expect(password.safeParse('abc').success).toBe(true);
    expect(password.safeParse('abcdef').success).toBe(true);
    expect(messages(password.safeParse('ab'))).toEqual(['password must be at least 3 characters']);
    expect(messages(password.safeParse('abcdefg'))).toEqual(['password must be at most 6 characters']);
    expect(messages(secretText('token', 1, 6).safeParse(''))).toEqual(['token is required']);
  });

  it('refuses control characters and lone surrogates', () => {
    expect(password.safeParse('abc\u0000').success).toBe(false);
    expect(password.safeParse('abc\tdef').success).toBe(false);
    expect(password.safeParse('abc\udc00').success).toBe(false);
  });
});

describe('boundedNumber', () => {
  const distance = boundedNumber('distance', { min: 0, max: 1000, unit: 'm' });
  const seconds = boundedNumber('duration', { min: 1, max: 60, whole: true });

  it('accepts the range inclusive and refuses just outside it', () => {
    expect(distance.safeParse(0).success).toBe(true);
    expect(distance.safeParse(1000).success).toBe(true);
    expect(messages(distance.safeParse(-0.001))).toEqual(['distance must be at least 0 m']);
    expect(messages(distance.safeParse(1000.001))).toEqual(['distance must be at most 1000 m']);
  });

  it('refuses 1e308, infinities, NaN and strings', () => {
    for (const value of [1e308, -1e308, Infinity, -Infinity, NaN, '5'])
      expect(distance.safeParse(value).success, String(value)).toBe(false);
  });

  it('asks for whole numbers when told', () => {
    expect(seconds.safeParse(30).success).toBe(true);
    expect(messages(seconds.safeParse(1.5))).toEqual(['duration must be a whole number']);
    expect(seconds.safeParse(2 ** 53).success).toBe(false);
  });
});

describe('plausibleDateTime', () => {
  const start = plausibleDateTime('startTime', { from: 1990, to: 2099 });

  it('accepts the first and last moment of the plausible years, with any offset', () => {
    expect(start.safeParse('1990-01-01T00:00:00Z').success).toBe(true);
    expect(start.safeParse('2099-12-31T23:59:59.999Z').success).toBe(true);
    expect(start.safeParse('2026-11-20T18:00:00+01:00').success).toBe(true);
  });

  it('refuses year 0, the moment before 1990 and the moment after 2099, naming the year', () => {
    expect(messages(start.safeParse('0000-01-01T00:00:00Z'))).toEqual([
      'startTime must be a date from 1990 to 2099, got the year 0',
    ]);
    expect(messages(start.safeParse('1989-12-31T23:59:59Z'))).toEqual([
      'startTime must be a date from 1990 to 2099, got the year 1989',
    ]);
    expect(start.safeParse('2100-01-01T00:00:00Z').success).toBe(false);
    // 00:30 in Paris on 1 January 1990 is still 1989 in UTC.
    expect(start.safeParse('1990-01-01T00:30:00+01:00').success).toBe(false);
  });

  it('refuses what is not an ISO date-time at all', () => {
    for (const text of ['yesterday', '2026-11-20', '2026-11-20T18:00:00', '2026-13-01T00:00:00Z'])
      expect(start.safeParse(text).success, text).toBe(false);
    // One message, about the format, not a second one about the year.
    expect(messages(start.safeParse('yesterday'))).toEqual([
      'startTime must be an ISO date-time, e.g. 2026-11-26T07:30:00Z',
    ]);
  });
});

describe('idText', () => {
  it('takes a UUID and refuses anything a database could choke on', () => {
    expect(idText.safeParse('0b7c1b52-4d0e-4a57-9a3f-2f1c1f0f7f11').success).toBe(true);
    for (const id of ['', 'a\u0000', 'a b', '../x', 'x'.repeat(65)])
      expect(idText.safeParse(id).success, JSON.stringify(id)).toBe(false);
  });
});
