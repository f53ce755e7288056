/**
 * A seeded pseudo-random generator (mulberry32: 32-bit state, period 2^32), so robustness
 * runs repeat exactly. Each call returns a fresh generator; there is no shared state.
 *
 * Returns a function giving uniform numbers in [0, 1).
 *
 * @example
 * const next = mulberry32(1);
 * [next(), next()]
 * // → [0.6270739405881613, 0.002735721180215478]
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
