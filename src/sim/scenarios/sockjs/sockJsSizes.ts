/**
 * The overhead the outer codecs put around a SockJS frame, for a frame of a
 * given byte length, without writing the frame: a WebSocket text frame's
 * header, a chunk's size line and CRLFs, an xhr-polling answer's head. Each
 * figure is measured once on a template the codec writes (same shape, same
 * length form) and adjusted only by the length's digits, so a per-event
 * message can be timed before (or without) its bytes being written.
 */
import { encodeUtf8 } from '../../bytes/utf8';
import { encodeChunk } from '../../http/encodeChunk';
import { serializeResponse } from '../../http/serializeResponse';
import type { HttpHeader } from '../../http/types';
import { withContentLength } from '../../http/withContentLength';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_TEXT } from '../../ws/opcodes';

// RFC 6455 §5.2: payloads up to 125 bytes fit the 7-bit length, up to 65,535 the 16-bit form, the rest 64 bits.
const MAX_LEN_7 = 125;
const MAX_LEN_16 = 0xffff;
const HEX = 16;
const DECIMAL = 10;

let wsHeads: readonly number[] | undefined;

/** Header bytes of an unmasked WebSocket text frame carrying `payloadLength` bytes (the codec's shortest length form). */
export function wsTextHeaderBytes(payloadLength: number): number {
  // One template per length form, written by the codec the first time one is asked for.
  wsHeads ??= [1, MAX_LEN_7 + 1, MAX_LEN_16 + 1].map((n) => encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(n) }).headerBytes);
  return wsHeads[payloadLength <= MAX_LEN_7 ? 0 : payloadLength <= MAX_LEN_16 ? 1 : 2]!;
}

let chunkBase: number | undefined;

/** Overhead bytes of one chunk of `dataLength` (> 0) bytes: its hex size line and the two CRLFs (RFC 9112 §7.1). */
export function chunkHeaderBytes(dataLength: number): number {
  // A 1-byte chunk's overhead has one hex digit; a longer size line adds its extra digits.
  chunkBase ??= encodeChunk(new Uint8Array(1)).headerBytes - 1;
  return chunkBase + digits(dataLength, HEX);
}

/** Head bytes (status line, headers with Content-Length, blank line) of a 200 with `headers` + Content-Length: `bodyLength`. */
export class ResponseHeadSize {
  #base: number | undefined;
  constructor(private readonly headers: readonly HttpHeader[]) {}
  /** The head's length for a body of `bodyLength` bytes. */
  bytes(bodyLength: number): number {
    if (this.#base === undefined) {
      const body = encodeUtf8('o');
      // The template's Content-Length is one digit; another length differs only by its digit count.
      this.#base = serializeResponse({ status: 200, headers: withContentLength(this.headers, body), body }).headerBytes - 1;
    }
    return this.#base + digits(bodyLength, DECIMAL);
  }
}

/** How many digits `n` (a non-negative integer) has in `base`: counted, not written out as a string. */
function digits(n: number, base: number): number {
  let count = 1;
  for (let x = n; x >= base; x = Math.floor(x / base)) count++;
  return count;
}
