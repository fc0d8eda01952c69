import { isIpLiteral } from './ip-address';

/**
 * Which names a request's Host may carry. A DNS rebinding page is served from the attacker's own name, which
 * the attacker then points at this server; refusing every name the administrator did not configure stops it.
 * Always allowed: `localhost` and its subdomains (browsers resolve them to loopback themselves) and IP
 * addresses (a page opened at an address is not served under anyone else's name).
 */

/**
 * The host names of the configured origins (`PUBLIC_URL`, `BACKSTRIDE_ORIGINS`), lower case.
 * @example allowedHostNames(['https://Back.Example.org', 'http://nas.local:8080']) // ['back.example.org', 'nas.local']
 */
export function allowedHostNames(origins: readonly string[]): string[] {
  const names = origins.flatMap((origin) => {
    try {
      return [normaliseHostname(new URL(origin).hostname)];
    } catch {
      return [];
    }
  });
  return [...new Set(names)];
}

/**
 * Lower case, without the trailing dot of a fully qualified name.
 * @example normaliseHostname('LocalHost.') // 'localhost'
 */
export const normaliseHostname = (hostname: string): string => hostname.toLowerCase().replace(/\.$/, '');

/**
 * Whether a request naming `hostname` (from its Host header, without the port) may be answered.
 * @example isAllowedHost('evil.example', ['back.example.org']) // false
 * @example isAllowedHost('192.168.1.20', []) // true
 */
export function isAllowedHost(hostname: string, allowed: readonly string[]): boolean {
  const name = normaliseHostname(hostname);
  if (name === '') return false;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIpLiteral(name)) return true;
  return allowed.includes(name);
}

/**
 * One line for `serve` to print, so a name that is missing shows at start, not as a refusal later.
 * @example describeAllowedHosts(['back.example.org']) // 'host names answered: back.example.org, localhost and IP addresses'
 */
export function describeAllowedHosts(names: readonly string[]): string {
  const always = 'localhost and IP addresses';
  return names.length === 0
    ? `host names answered: ${always} only (add the name people use with PUBLIC_URL or BACKSTRIDE_ORIGINS)`
    : `host names answered: ${names.join(', ')}, ${always}`;
}
