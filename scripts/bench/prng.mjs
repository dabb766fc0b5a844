/**
 * A small seeded pseudo-random generator (mulberry32), so every run of the benchmark builds the
 * same repositories byte for byte and numbers from different machines compare like for like.
 *
 * @param {number} seed any 32-bit integer
 */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** A float in [0, 1). */
    next,
    /** An integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** An integer in [min, max]. */
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** One element of a non-empty array. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** True with probability p. */
    chance: (p) => next() < p,
    /** Lowercase hex digits, e.g. for md5 sums and image digests. */
    hex: (length) => {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 16).toString(16);
      return out;
    },
    /** Random bytes with NULs among them, as real model weights and images have. */
    bytes: (length) => {
      const buffer = Buffer.alloc(length);
      for (let index = 0; index < length; index += 1) buffer[index] = Math.floor(next() * 256);
      buffer[0] = 0;
      return buffer;
    },
  };
}
