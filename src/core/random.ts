/**
 * Seeded randomness for generators that must give the same output every run (synthetic runners, benchmark
 * histories). The core stays deterministic: callers pass the generator in.
 */

/** Mulberry32: a small, fast, seeded generator. @example seededRandom(1)() // 0.6270739405881613 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal deviate by Box–Muller. */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
