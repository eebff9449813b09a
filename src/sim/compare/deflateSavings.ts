/**
 * What permessage-deflate saves per server message, on two kinds of payload:
 * the comparison's own JSON events (similar keys and shapes every time, where
 * context takeover shines) and random bytes of the same lengths (nothing to
 * find: compression costs a few bytes instead). Every size is the length of a
 * frame the codec writes.
 */
import { encodeUtf8 } from '../bytes/utf8';
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import { generateEvents } from '../events/generateEvents';
import { encodeFrame } from '../ws/encodeFrame';
import { OPCODE_BINARY, OPCODE_TEXT, type DataOpcode } from '../ws/opcodes';
import { encodeDeflatedMessage } from '../ws/permessageDeflate/encodeDeflatedMessage';
import { MessageDeflater } from '../ws/permessageDeflate/messageDeflater';
import type { CompareParams } from './compareParams';

/** Frame bytes (server → client, unmasked) for one list of messages, three ways. */
export interface SavingsRow {
  readonly messages: number;
  /** Uncompressed frames. */
  readonly plainBytes: number;
  /** Compressed, the window kept across messages (ws's and Chromium's default). */
  readonly takeoverBytes: number;
  /** Compressed, each message on its own (server_no_context_takeover). */
  readonly noTakeoverBytes: number;
}

/** Three payload kinds, as many messages each as the comparison has events. */
export interface DeflateSavings {
  /** The comparison's own events: a JSON skeleton padded with alphabet filler (very repetitive, so it flatters compression). */
  readonly json: SavingsRow;
  /** Ticker updates: the same keys every time, seeded values (what a real feed looks like). */
  readonly ticks: SavingsRow;
  /** Random bytes as long as the events (already-compressed media looks like this). */
  readonly random: SavingsRow;
}

/** One ticker update, e.g. {"type":"tick","symbol":"ACME","price":101.37,"volume":5310,"seq":4}. */
function tick(seq: number, prng: ReturnType<typeof createPrng>): string {
  const price = (prng.nextInt(9000, 11000) / 100).toFixed(2);
  return JSON.stringify({ type: 'tick', symbol: 'ACME', price: Number(price), volume: prng.nextInt(1, 10_000), seq });
}

/** Sums the three framings of `payloads`. */
export function savingsRow(payloads: readonly Uint8Array[], opcode: DataOpcode): SavingsRow {
  const keep = new MessageDeflater({ contextTakeover: true });
  const fresh = new MessageDeflater({ contextTakeover: false });
  let plainBytes = 0;
  let takeoverBytes = 0;
  let noTakeoverBytes = 0;
  for (const p of payloads) {
    plainBytes += encodeFrame({ opcode, payload: p }).bytes.length;
    takeoverBytes += encodeDeflatedMessage(keep, opcode, p).frame.bytes.length;
    noTakeoverBytes += encodeDeflatedMessage(fresh, opcode, p).frame.bytes.length;
  }
  return { messages: payloads.length, plainBytes, takeoverBytes, noTakeoverBytes };
}

/** Bytes saved per message (negative: compression cost bytes), for `variant`. */
export function savedPerMessage(row: SavingsRow, variant: 'takeover' | 'noTakeover'): number {
  if (row.messages === 0) return 0;
  return (row.plainBytes - (variant === 'takeover' ? row.takeoverBytes : row.noTakeoverBytes)) / row.messages;
}

/** The savings for the comparison's events under `params`. */
export function deflateSavings(params: CompareParams): DeflateSavings {
  const events = generateEvents(params.events, params.durationMs, Math.max(1, params.payloadBytes), params.seed);
  const json = events.map((e) => encodeUtf8(e.payload));
  const prng = createPrng(deriveSeed(params.seed, 'deflate-random'));
  const random = json.map((p) => Uint8Array.from({ length: p.length }, () => prng.nextInt(0, 256)));
  const tickPrng = createPrng(deriveSeed(params.seed, 'deflate-ticks'));
  const ticks = json.map((_, i) => encodeUtf8(tick(i, tickPrng)));
  return { json: savingsRow(json, OPCODE_TEXT), ticks: savingsRow(ticks, OPCODE_TEXT), random: savingsRow(random, OPCODE_BINARY) };
}
