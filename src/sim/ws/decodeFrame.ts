/**
 * Reads the one frame at the start of `bytes` (RFC 6455 §5.2), in the stages
 * `ws`'s receiver names: GET_INFO, GET_PAYLOAD_LENGTH_16/64, GET_MASK, GET_DATA.
 * Never throws: a broken rule is an error value, and bytes that stop mid-frame
 * ask for more. For a stream of chunks, use FrameDecoder.
 */
import type { Field } from '../timeline/types';
import { parseClosePayload } from './closePayload';
import { frameFields } from './frameFields';
import {
  FIN_BIT,
  LEN_16_MARKER,
  LEN_64_MARKER,
  MASK_BIT,
  OPCODE_MASK,
  PAYLOAD_LEN_MASK,
  RSV1_BIT,
  RSV2_BIT,
  RSV3_BIT,
  TWO_POW_32,
  checkFrameInfo,
  checkLengthHighWord,
  checkPayloadLength,
} from './frameRules';
import { unmaskCopy } from './mask';
import { OPCODE_CLOSE, type Opcode } from './opcodes';
import type { DecodeOptions, WsFrame } from './types';
import { shiftError, type WsError } from './wsError';

/** The outcome of decoding one frame; discriminate on `ok`, then on `needMore`. */
export type DecodeFrameResult =
  | { readonly ok: true; readonly frame: WsFrame; readonly consumed: number; readonly headerLength: number; readonly fields?: Field[] }
  | { readonly ok: false; readonly needMore: true; /** At least this many more bytes are needed. */ readonly missing: number }
  | { readonly ok: false; readonly needMore: false; readonly error: WsError };

const needMore = (missing: number): DecodeFrameResult => ({ ok: false, needMore: true, missing });
const fail = (error: WsError): DecodeFrameResult => ({ ok: false, needMore: false, error });

/** Decodes the frame at `bytes[0]`. An unmasked payload is a view into `bytes`, a masked one a fresh copy. */
export function decodeFrame(bytes: Uint8Array, options: DecodeOptions): DecodeFrameResult {
  return decodeFrameAt(bytes, 0, options, options.inMessage, 0);
}

/**
 * The same, for the frame at `bytes[start]`, with the connection's fragmentation
 * state: whether a message is open (undefined: unknown, unchecked) and how many
 * bytes of it came before (for maxPayload). `consumed`, fields and error offsets
 * count from `start`. FrameDecoder reads whole frames straight from a chunk with it.
 */
export function decodeFrameAt(bytes: Uint8Array, start: number, options: DecodeOptions, inMessage: boolean | undefined, messageBytes: number): DecodeFrameResult {
  const available = bytes.length - start;

  // GET_INFO: FIN, RSV1–3, opcode, MASK, 7-bit length (§5.2).
  if (available < 2) return needMore(2 - available);
  const b0 = bytes[start]!;
  const b1 = bytes[start + 1]!;
  const infoError = checkFrameInfo(b0, b1, options, inMessage);
  if (infoError) return fail(infoError);
  const opcode = (b0 & OPCODE_MASK) as Opcode;
  const masked = (b1 & MASK_BIT) !== 0;
  const lengthField = b1 & PAYLOAD_LEN_MASK;
  let payloadLength = lengthField;
  let pos = 2;

  if (lengthField === LEN_16_MARKER) {
    // GET_PAYLOAD_LENGTH_16: a 16-bit unsigned length in network byte order.
    if (available < 4) return needMore(4 - available);
    payloadLength = (bytes[start + 2]! << 8) | bytes[start + 3]!;
    pos = 4;
  } else if (lengthField === LEN_64_MARKER) {
    // GET_PAYLOAD_LENGTH_64: a 64-bit unsigned length, top bit 0 (else 1002); above 2^53 - 1 it cannot be held (→ 1009, as ws does).
    if (available < 10) return needMore(10 - available);
    const at = start + 2;
    const hi = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    const highError = checkLengthHighWord(hi, 2);
    if (highError) return fail(highError);
    const lo = ((bytes[at + 4]! << 24) | (bytes[at + 5]! << 16) | (bytes[at + 6]! << 8) | bytes[at + 7]!) >>> 0;
    payloadLength = hi * TWO_POW_32 + lo;
    pos = 10;
  }
  const lengthError = checkPayloadLength(opcode, payloadLength, options.maxPayload, pos === 2 ? 1 : 2, messageBytes);
  if (lengthError) return fail(lengthError);

  // GET_MASK: four key bytes when MASK is set (§5.3).
  let maskingKey: Uint8Array | undefined;
  if (masked) {
    if (available < pos + 4) return needMore(pos + 4 - available);
    const k = start + pos;
    maskingKey = new Uint8Array(4);
    maskingKey[0] = bytes[k]!; maskingKey[1] = bytes[k + 1]!; maskingKey[2] = bytes[k + 2]!; maskingKey[3] = bytes[k + 3]!;
    pos += 4;
  }

  // GET_DATA: the payload, unmasked into a copy so the caller's bytes stay as they were.
  const end = pos + payloadLength;
  if (available < end) return needMore(end - available);
  let payload: Uint8Array;
  if (maskingKey) payload = unmaskCopy(bytes, start + pos, payloadLength, maskingKey);
  else payload = bytes.subarray(start + pos, start + end);

  if (opcode === OPCODE_CLOSE) {
    const close = parseClosePayload(payload);
    if (!close.ok) return fail(shiftError(close.error, pos));
  }

  const frame: WsFrame = {
    fin: (b0 & FIN_BIT) !== 0,
    rsv1: (b0 & RSV1_BIT) !== 0,
    rsv2: (b0 & RSV2_BIT) !== 0,
    rsv3: (b0 & RSV3_BIT) !== 0,
    opcode,
    maskingKey,
    payload,
  };
  if (!options.annotate) return { ok: true, frame, consumed: end, headerLength: pos };
  const fields = frameFields(frame, { lengthField, extendedLengthBytes: pos - 2 - (masked ? 4 : 0), payloadLength });
  return { ok: true, frame, consumed: end, headerLength: pos, fields };
}
