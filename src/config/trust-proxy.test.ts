import { describe, expect, it } from 'vitest';
import { describeTrustProxy, parseTrustProxy } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it('is off when unset, empty, false or 0', () => {
    for (const value of [undefined, '', ' ', 'false', 'FALSE', '0'])
      expect(parseTrustProxy(value)).toBe(false);
  });

  it('reads true as one proxy, and a whole number as that many, up to 20', () => {
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    expect(parseTrustProxy('20')).toBe(20);
    expect(() => parseTrustProxy('21')).toThrow(/TRUST_PROXY must be .*got 21 proxies/);
  });

  it('reads a list of addresses, CIDR ranges and range names', () => {
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,::1,fd00::/8, loopback,uniquelocal')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
      'uniquelocal',
    ]);
    expect(parseTrustProxy('10.0.0.0/32')).toEqual(['10.0.0.0/32']);
    expect(parseTrustProxy('::/128')).toEqual(['::/128']);
  });

  it('refuses what it cannot be sure of, naming the entry', () => {
    for (const [value, entry] of [
      ['yes', 'yes'],
      ['10.0.0.0/33', '10.0.0.0/33'],
      ['::/129', '::/129'],
      ['127.0.0.1,proxy.internal', 'proxy.internal'],
      ['10.0.0.0/8/1', '10.0.0.0/8/1'],
      ['10.0.0.0/x', '10.0.0.0/x'],
      ['-1', '-1'],
    ] as const) {
      expect(() => parseTrustProxy(value), value).toThrow(`"${entry}" is not an address`);
    }
  });

  it('says where client addresses come from', () => {
    expect(describeTrustProxy(false)).toMatch(/as connected/);
    expect(describeTrustProxy(true)).toMatch(/1 trusted proxy in front/);
    expect(describeTrustProxy(3)).toMatch(/3 trusted proxies in front/);
    expect(describeTrustProxy(['10.0.0.0/8', 'loopback'])).toMatch(
      /trusted proxies 10\.0\.0\.0\/8, loopback/,
    );
  });
});
