/**
 * IP addresses as text, read without any platform library: what throttles count by and what may stand in a
 * Host header without a DNS lookup behind it.
 */

/**
 * The four numbers of a dotted-quad IPv4 address, or null.
 * @example parseIpv4('192.0.2.7') // [192, 0, 2, 7]
 * @example parseIpv4('0x7f.1') // null
 */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const numbers = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
  return numbers.every((n) => n >= 0 && n <= 255) ? numbers : null;
}

/**
 * The eight 16-bit groups of an IPv6 address (`::` shorthand and a trailing dotted quad allowed; a zone such
 * as `%eth0` is dropped), or null.
 * @example parseIpv6('2001:db8::1') // [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]
 */
export function parseIpv6(text: string): number[] | null {
  const address = text.split('%')[0] ?? '';
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      const v4 = i === pieces.length - 1 && piece.includes('.') ? parseIpv4(piece) : null;
      if (v4) out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      else if (/^[0-9a-f]{1,4}$/i.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}

/**
 * Whether a Host header's name is an IP address (IPv6 in brackets), which no DNS record can point elsewhere.
 * @example isIpLiteral('[::1]') // true
 * @example isIpLiteral('127.0.0.1.nip.io') // false
 */
export function isIpLiteral(hostname: string): boolean {
  if (hostname.startsWith('[') && hostname.endsWith(']')) return parseIpv6(hostname.slice(1, -1)) !== null;
  return parseIpv4(hostname) !== null;
}

/**
 * What a throttle counts by for a client address: an IPv4 address as is (also when written as IPv4-mapped
 * IPv6), and an IPv6 address by its /64 network, since one subscriber is usually given a whole /64 and could
 * otherwise take a fresh address for every try. Anything else is kept as it is.
 * @example clientKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 * @example clientKey('::ffff:192.0.2.7') // '192.0.2.7'
 */
export function clientKey(ip: string): string {
  if (parseIpv4(ip)) return ip;
  const groups = parseIpv6(ip);
  if (!groups) return ip;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
