import { describe, expect, it } from 'vitest';
import { deviceName, keptUserAgent } from './user-agent';

describe('device names', () => {
  it('names the common browsers and systems', () => {
    const cases: [string, string][] = [
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
        'Safari on iPhone',
      ],
      [
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
        'Chrome on Android',
      ],
      ['Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0', 'Firefox on Android'],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
        'Edge on Windows',
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
        'Safari on Mac',
      ],
      ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on Linux'],
      [
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
        'Chrome on Linux',
      ],
      ['curl/8.5.0', 'curl'],
      ['node', 'A script'],
      ['Mozilla/5.0 (X11; Linux x86_64) Unknown/1.0', 'A browser on Linux'],
      ['something else entirely', 'An unknown device'],
    ];
    for (const [ua, name] of cases) expect(deviceName(ua), ua).toBe(name);
    expect(deviceName(null)).toBe('An unknown device');
    expect(deviceName('  ')).toBe('An unknown device');
  });

  it('keeps at most 512 characters of a User-Agent, without control characters', () => {
    expect(keptUserAgent(undefined)).toBeNull();
    expect(keptUserAgent(' \t ')).toBeNull();
    expect(keptUserAgent('a\u0000b\nc')).toBe('abc');
    expect(keptUserAgent('x'.repeat(600))).toHaveLength(512);
  });
});
