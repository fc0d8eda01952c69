import { describe, expect, it } from 'vitest';
import { parseOrigins, resolveServerSettings } from './server-settings';

describe('server settings for the request guard', () => {
  it('reads BACKSTRIDE_ORIGINS as origins, once each, and refuses anything else by name', () => {
    expect(parseOrigins(undefined)).toEqual([]);
    expect(parseOrigins('https://Back.example.org/, http://nas.local:8080,https://back.example.org')).toEqual(
      ['https://back.example.org', 'http://nas.local:8080'],
    );
    expect(() => parseOrigins('https://ok.example, back.example.org')).toThrow(
      'BACKSTRIDE_ORIGINS must list origins like https://back.example.org (no path), got "back.example.org"',
    );
    expect(() => parseOrigins('https://back.example.org/app')).toThrow(
      /got "https:\/\/back.example.org\/app"/,
    );
    expect(() => parseOrigins('ftp://back.example.org')).toThrow(/BACKSTRIDE_ORIGINS/);
  });

  it('keeps PUBLIC_URL beside the extra origins, and reads TRUST_PROXY', () => {
    const settings = resolveServerSettings(
      {
        SESSION_SECRET: 's',
        PUBLIC_URL: 'https://back.example.org',
        BACKSTRIDE_ORIGINS: 'http://nas.local:8080',
        TRUST_PROXY: '10.0.0.0/8',
      },
      '/tmp',
    );
    expect(settings.app.allowedOrigins).toEqual(['http://nas.local:8080', 'https://back.example.org']);
    expect(settings.app.trustProxy).toEqual(['10.0.0.0/8']);
    expect(resolveServerSettings({ SESSION_SECRET: 's', TRUST_PROXY: 'true' }, '/tmp').app.trustProxy).toBe(
      1,
    );
    expect(resolveServerSettings({ SESSION_SECRET: 's' }, '/tmp').app.trustProxy).toBe(false);
    expect(() => resolveServerSettings({ SESSION_SECRET: 's', TRUST_PROXY: 'yes' }, '/tmp')).toThrow(
      /TRUST_PROXY must be/,
    );
  });
});
