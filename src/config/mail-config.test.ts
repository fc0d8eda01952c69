import { describe, expect, it } from 'vitest';
import { parsePublicUrl, resolveMailSettings } from './mail-config';
import { resolveServerSettings } from './server-settings';

const PUBLIC = 'https://back.example.org';
const FROM = { MAIL_FROM: 'backstride <no-reply@example.org>' };

describe('PUBLIC_URL', () => {
  it('is an http(s) origin, trailing slash allowed, or absent', () => {
    expect(parsePublicUrl('https://back.example.org/')).toBe(PUBLIC);
    expect(parsePublicUrl('http://192.168.1.5:8080')).toBe('http://192.168.1.5:8080');
    expect(parsePublicUrl(undefined)).toBeNull();
    expect(parsePublicUrl(' ')).toBeNull();
    expect(() => parsePublicUrl('https://example.org/backstride')).toThrow(/no path/);
    expect(() => parsePublicUrl('ftp://example.org')).toThrow(/http\(s\) origin/);
    expect(() => parsePublicUrl('back.example.org')).toThrow(/PUBLIC_URL must be a URL/);
  });

  it('becomes an allowed origin of the server', () => {
    const settings = resolveServerSettings({ SESSION_SECRET: 's', PUBLIC_URL: `${PUBLIC}/` }, '/tmp');
    expect(settings.app.allowedOrigins).toEqual([PUBLIC]);
    expect(settings.app.publicUrl).toBe(PUBLIC);
    expect(settings.app.mail).toBeNull();
  });
});

describe('SMTP settings', () => {
  it('are off when no SMTP server is named', () => {
    expect(resolveMailSettings({}, null)).toBeNull();
    expect(resolveMailSettings({}, PUBLIC)).toBeNull();
  });

  it('read SMTP_URL with credentials, secure for smtps, with default ports', () => {
    expect(
      resolveMailSettings({ SMTP_URL: 'smtps://me%40x.org:p%3Ass@mail.example.org', ...FROM }, PUBLIC),
    ).toEqual({
      smtp: { host: 'mail.example.org', port: 465, secure: true, auth: { user: 'me@x.org', pass: 'p:ss' } },
      from: FROM.MAIL_FROM,
    });
    expect(resolveMailSettings({ SMTP_URL: 'smtp://localhost:2525', ...FROM }, PUBLIC)?.smtp).toEqual({
      host: 'localhost',
      port: 2525,
      secure: false,
      auth: null,
    });
    expect(resolveMailSettings({ SMTP_URL: 'smtp://mail.example.org', ...FROM }, PUBLIC)?.smtp.port).toBe(
      587,
    );
  });

  it('read SMTP_HOST and its parts; port 465 means TLS unless told otherwise', () => {
    const env = { SMTP_HOST: 'mail.example.org', SMTP_USER: 'me', SMTP_PASSWORD: 'pw', ...FROM };
    expect(resolveMailSettings(env, PUBLIC)?.smtp).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      auth: { user: 'me', pass: 'pw' },
    });
    expect(resolveMailSettings({ ...env, SMTP_PORT: '465' }, PUBLIC)?.smtp.secure).toBe(true);
    expect(resolveMailSettings({ ...env, SMTP_SECURE: 'true' }, PUBLIC)?.smtp.port).toBe(465);
    expect(resolveMailSettings({ ...env, SMTP_PORT: '465', SMTP_SECURE: 'false' }, PUBLIC)?.smtp.secure).toBe(
      false,
    );
  });

  it('refuse half-done or contradictory settings with a reason', () => {
    const host = { SMTP_HOST: 'mail.example.org', ...FROM };
    expect(() => resolveMailSettings({ SMTP_HOST: 'mail.example.org' }, PUBLIC)).toThrow(
      /MAIL_FROM must be set/,
    );
    expect(() => resolveMailSettings(host, null)).toThrow(/PUBLIC_URL must be set/);
    expect(() => resolveMailSettings({ ...host, SMTP_URL: 'smtp://x' }, PUBLIC)).toThrow(/not both/);
    expect(() => resolveMailSettings({ SMTP_USER: 'me', ...FROM }, PUBLIC)).toThrow(
      /SMTP_USER, MAIL_FROM are set but SMTP_HOST/,
    );
    expect(() => resolveMailSettings({ SMTP_URL: 'https://mail.example.org', ...FROM }, PUBLIC)).toThrow(
      /smtp:\/\/ or smtps:\/\//,
    );
    expect(() => resolveMailSettings({ ...host, SMTP_PORT: 'x' }, PUBLIC)).toThrow(
      /SMTP_PORT must be a port/,
    );
    expect(() => resolveMailSettings({ ...host, SMTP_SECURE: 'maybe' }, PUBLIC)).toThrow(/true or false/);
    expect(() => resolveMailSettings({ ...host, SMTP_PASSWORD: 'pw' }, PUBLIC)).toThrow(/SMTP_USER is not/);
  });
});
