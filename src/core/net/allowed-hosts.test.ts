import { describe, expect, it } from 'vitest';
import { allowedHostNames, describeAllowedHosts, isAllowedHost, normaliseHostname } from './allowed-hosts';

describe('allowed hosts', () => {
  const configured = allowedHostNames(['https://Back.Example.org', 'http://nas.local:8080', 'not a url']);

  it('takes the host names of the configured origins, lower case, once each', () => {
    expect(configured).toEqual(['back.example.org', 'nas.local']);
    expect(allowedHostNames(['https://a.example', 'http://a.example:8080'])).toEqual(['a.example']);
  });

  it('allows the configured names in any case, with or without the trailing dot', () => {
    expect(isAllowedHost('back.example.org', configured)).toBe(true);
    expect(isAllowedHost('BACK.example.org.', configured)).toBe(true);
    expect(isAllowedHost('nas.local', configured)).toBe(true);
  });

  it('allows loopback names and IP addresses without configuration', () => {
    for (const name of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '[::1]', '192.168.1.20'])
      expect(isAllowedHost(name, []), name).toBe(true);
  });

  it('refuses any other name, including ones built to look allowed', () => {
    for (const name of [
      'evil.example',
      'back.example.org.evil.example',
      'evilback.example.org',
      'localhost.evil.example',
      'evil-localhost',
      '127.0.0.1.nip.io',
      '',
    ])
      expect(isAllowedHost(name, configured), name).toBe(false);
  });

  it('normalises case and the trailing dot only', () => {
    expect(normaliseHostname('LocalHost.')).toBe('localhost');
    expect(normaliseHostname('a..')).toBe('a.');
  });

  it('says which names are answered, and how to add one when only the defaults are', () => {
    expect(describeAllowedHosts(['back.example.org', 'nas.local'])).toBe(
      'host names answered: back.example.org, nas.local, localhost and IP addresses',
    );
    expect(describeAllowedHosts([])).toMatch(/localhost and IP addresses only \(add .*PUBLIC_URL/);
  });
});
