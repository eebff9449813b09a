/**
 * The simulator's only source of randomness. sfc32 (Chris Doty-Humphrey's
 * "small fast counter"): 128 bits of state, passes PractRand, four additions and
 * shifts per draw, and the same seed gives the same sequence in every engine.
 */

/** A seeded pseudo-random number generator. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max) (max exclusive). */
  nextInt(min: number, max: number): number;
  /** A float in [min, max). */
  nextFloat(min: number, max: number): number;
}

// 2^-32: turns a uint32 into a float in [0, 1).
const UINT32_TO_UNIT = 1 / 4294967296;
// sfc32's authors discard the first outputs so that similar seeds diverge.
const WARM_UP_DRAWS = 12;
// splitmix32 constants: spread one 32-bit seed over sfc32's four state words.
const GOLDEN_GAMMA = 0x9e3779b9;
const MIX_1 = 0x85ebca6b;
const MIX_2 = 0xc2b2ae35;

/** Expands a 32-bit seed into a well-mixed 32-bit word (splitmix32 step). */
function splitmix32(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 16), MIX_1);
  z = Math.imul(z ^ (z >>> 13), MIX_2);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Creates a PRNG from a numeric seed; equal seeds give equal sequences. Non-integers are truncated to 32 bits. */
export function createPrng(seed: number): Prng {
  let s = seed >>> 0;
  let a = splitmix32((s = (s + GOLDEN_GAMMA) >>> 0));
  let b = splitmix32((s = (s + GOLDEN_GAMMA) >>> 0));
  let c = splitmix32((s = (s + GOLDEN_GAMMA) >>> 0));
  let d = 1; // sfc32's counter word

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < WARM_UP_DRAWS; i++) nextUint32();

  const next = (): number => nextUint32() * UINT32_TO_UNIT;
  return {
    next,
    nextInt: (min, max) => min + Math.floor(next() * (max - min)),
    nextFloat: (min, max) => min + next() * (max - min),
  };
}
