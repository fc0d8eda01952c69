import { isIP } from 'node:net';

/**
 * `TRUST_PROXY`: whom to believe about the client's address, protocol and host name (X-Forwarded-For,
 * -Proto, -Host). The client is the right-most X-Forwarded-For address that none of the trusted proxies
 * added: each proxy appends the address it saw, so everything left of that may be made up by the client.
 * - `false` (or unset, `0`): nobody; the connecting address is the client.
 * - a whole number N (1–20): N proxies stand in front, and the server is reachable only through them; the
 *   client is the address the outermost one saw. `true` means 1, the usual single reverse proxy.
 * - a comma-separated list of proxy addresses and CIDR ranges (`127.0.0.1,10.0.0.0/8`, also the names
 *   `loopback`, `linklocal`, `uniquelocal`): only connections from these are believed, hop by hop.
 */
export type TrustProxySetting = boolean | number | readonly string[];

const MAX_HOPS = 20;
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

const usage =
  'TRUST_PROXY must be false, the number of proxies in front (1-20), or a comma-separated list of ' +
  'proxy addresses or CIDR ranges such as 127.0.0.1,10.0.0.0/8';

/**
 * Reads `TRUST_PROXY`, refusing anything it cannot be sure of.
 * @example parseTrustProxy('2') // 2
 * @example parseTrustProxy('127.0.0.1, 10.0.0.0/8') // ['127.0.0.1', '10.0.0.0/8']
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = (value ?? '').trim();
  if (text === '' || /^(false|0)$/i.test(text)) return false;
  if (/^true$/i.test(text)) return 1;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`${usage}; got ${text} proxies`);
    return hops;
  }
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = entries.find((entry) => !isProxyEntry(entry));
  if (bad !== undefined)
    throw new Error(`${usage}; "${bad}" is not an address, a CIDR range or a range name`);
  return entries;
}

function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/** One line for `serve` to print, saying where client addresses come from. */
export function describeTrustProxy(setting: TrustProxySetting): string {
  if (setting === false || setting === 0) return 'client addresses: as connected (TRUST_PROXY off)';
  const hops = setting === true ? 1 : setting;
  if (typeof hops === 'number') {
    return `client addresses: from X-Forwarded-For, ${hops} trusted ${hops === 1 ? 'proxy' : 'proxies'} in front (keep the server unreachable except through them)`;
  }
  return `client addresses: from X-Forwarded-For, through the trusted proxies ${hops.join(', ')}`;
}
