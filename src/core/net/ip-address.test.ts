import { describe, expect, it } from 'vitest';
import { clientKey, isIpLiteral, parseIpv4, parseIpv6 } from './ip-address';

describe('IP addresses', () => {
  it('reads dotted quads and nothing looser', () => {
    expect(parseIpv4('0.0.0.0')).toEqual([0, 0, 0, 0]);
    expect(parseIpv4('255.255.255.255')).toEqual([255, 255, 255, 255]);
    for (const text of [
      '256.0.0.1',
      '1.2.3',
      '1.2.3.4.5',
      '01.2.3.4',
      '0x7f.0.0.1',
      '1.2.3.-4',
      ' 1.2.3.4',
      '',
    ])
      expect(parseIpv4(text), text).toBeNull();
  });

  it('reads IPv6 with the :: shorthand, a trailing dotted quad and a zone', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('2001:DB8::8:800:200C:417A')).toEqual([0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]);
    expect(parseIpv6('::ffff:192.0.2.7')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0207]);
    expect(parseIpv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const text of [
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '12345::',
      'g::1',
      '1:2:3:4:5:6:7::8',
      '',
    ])
      expect(parseIpv6(text), text).toBeNull();
  });

  it('knows an IP literal in a Host name from a DNS name that looks like one', () => {
    for (const name of ['127.0.0.1', '192.168.1.20', '[::1]', '[2001:db8::1]'])
      expect(isIpLiteral(name), name).toBe(true);
    for (const name of ['127.0.0.1.nip.io', '::1', '[evil]', 'localhost', '2130706433'])
      expect(isIpLiteral(name), name).toBe(false);
  });

  it('counts IPv4 clients by address and IPv6 clients by their /64', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('not an address')).toBe('not an address');
  });
});
