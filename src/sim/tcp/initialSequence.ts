/**
 * Deterministic stand-ins for what a kernel picks at random: each connection's
 * initial sequence numbers (RFC 9293 §3.4.1 asks for unpredictable ones; here
 * they come from the scenario seed, so the same seed draws the same segments)
 * and the client's ephemeral port (RFC 6335 §6: 49152–65535).
 */
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';

const SEQUENCE_SPACE = 2 ** 32;
const EPHEMERAL_FIRST = 49152;
const EPHEMERAL_END = 65536;

/** The ISN one side (`side`, e.g. "client") of connection `connection` starts from. */
export function initialSequence(seed: number, connection: number, side: string): number {
  return createPrng(deriveSeed(seed, `tcp-isn:${connection}:${side}`)).nextInt(0, SEQUENCE_SPACE) >>> 0;
}

/** The client's source port on connection `connection`. */
export function ephemeralPort(seed: number, connection: number): number {
  return createPrng(deriveSeed(seed, `tcp-port:${connection}`)).nextInt(EPHEMERAL_FIRST, EPHEMERAL_END);
}
