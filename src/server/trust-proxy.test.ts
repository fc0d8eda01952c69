import { describe, expect, it } from 'vitest';
import { fastifyTrustProxy } from './trust-proxy';

describe('TRUST_PROXY in Fastify', () => {
  it('trusts exactly the given number of hops, counted from the connection', () => {
    const two = fastifyTrustProxy(2) as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => two('192.0.2.1', hop))).toEqual([true, true, false]);
    const one = fastifyTrustProxy(true) as (address: string, hop: number) => boolean;
    expect([0, 1].map((hop) => one('192.0.2.1', hop))).toEqual([true, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(0)).toBe(false);
    expect(fastifyTrustProxy(['10.0.0.0/8'])).toEqual(['10.0.0.0/8']);
  });
});
