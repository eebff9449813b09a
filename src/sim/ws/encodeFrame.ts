/**
 * Writes one frame, RFC 6455 §5.2. Encodes whatever it is given, including
 * frames a peer must reject (reserved opcodes, RSV bits, oversized control
 * frames), so the frame lab can compose them; the decoders explain the errors.
 * Masking keys come from the caller: nothing here is random (§5.3).
 */
import type { Field } from '../timeline/types';
import { frameFields } from './frameFields';
import {
  FIN_BIT,
  LEN_16_MARKER,
  LEN_64_MARKER,
  MASK_BIT,
  RSV1_BIT,
  RSV2_BIT,
  RSV3_BIT,
  TWO_POW_32,
} from './frameRules';
import { applyMask } from './mask';
import type { Opcode } from './opcodes';
import type { LengthForm, WsFrame } from './types';

// Largest lengths each form can hold (§5.2): 7 bits (126 and 127 are markers), 16 bits, 63 bits.
const MAX_LEN_7 = 125;
const MAX_LEN_16 = 0xffff;
const MASKING_KEY_BYTES = 4;

/** A frame to encode; FIN defaults to set and the RSV bits to clear. */
export interface FrameInput {
  readonly opcode: Opcode;
  readonly payload: Uint8Array;
  readonly fin?: boolean;
  readonly rsv1?: boolean;
  readonly rsv2?: boolean;
  readonly rsv3?: boolean;
  /** 4 bytes; masks the payload and sets the MASK bit (clients must, servers must not: §5.1). */
  readonly maskingKey?: Uint8Array | readonly number[];
}

/** Options for `encodeFrame`. */
export interface EncodeOptions {
  /** Build the Field[] annotation too. */
  readonly annotate?: boolean;
  /** Force a length form (default: the shortest, as §5.2 requires). */
  readonly lengthForm?: LengthForm;
}

/** An encoded frame: its bytes, overhead vs payload, and (if asked) its annotation. */
export interface EncodedFrame {
  readonly bytes: Uint8Array;
  readonly headerBytes: number;
  readonly payloadBytes: number;
  readonly fields?: Field[];
}

function extendedLengthBytes(length: number, form: LengthForm): 0 | 2 | 8 {
  const need = length <= MAX_LEN_7 ? 0 : length <= MAX_LEN_16 ? 2 : 8;
  const want = form === 'minimal' ? need : form === '7-bit' ? 0 : form === '16-bit' ? 2 : 8;
  if (want < need) throw new RangeError(`A ${length}-byte payload does not fit a ${form} length`);
  return want;
}

/** Encodes `frame` into bytes (and fields when `options.annotate`). Throws RangeError only for frames that cannot be written. */
export function encodeFrame(frame: FrameInput, options: EncodeOptions = {}): EncodedFrame {
  const { opcode, payload, maskingKey } = frame;
  if (!Number.isInteger(opcode) || opcode < 0 || opcode > 0xf) throw new RangeError(`Opcode ${opcode} is not 4 bits`);
  if (maskingKey !== undefined && maskingKey.length !== MASKING_KEY_BYTES) throw new RangeError('A masking key is 4 bytes');
  const fin = frame.fin ?? true;
  const length = payload.length;
  const ext = extendedLengthBytes(length, options.lengthForm ?? 'minimal');
  const headerBytes = 2 + ext + (maskingKey ? MASKING_KEY_BYTES : 0);
  const out = new Uint8Array(headerBytes + length);

  // RFC 6455 §5.2, byte 0: FIN, RSV1, RSV2, RSV3, opcode.
  out[0] = (fin ? FIN_BIT : 0) | (frame.rsv1 ? RSV1_BIT : 0) | (frame.rsv2 ? RSV2_BIT : 0) | (frame.rsv3 ? RSV3_BIT : 0) | opcode;
  // RFC 6455 §5.2, byte 1: MASK, then 7-bit length or a marker for the extended forms.
  const lengthField = ext === 0 ? length : ext === 2 ? LEN_16_MARKER : LEN_64_MARKER;
  out[1] = (maskingKey ? MASK_BIT : 0) | lengthField;
  let pos = 2;
  if (ext === 2) {
    out[2] = length >>> 8;
    out[3] = length & 0xff;
    pos = 4;
  } else if (ext === 8) {
    // Network byte order; lengths above 2^53 cannot exist in JS, so the top bit stays 0 as §5.2 requires.
    const hi = Math.floor(length / TWO_POW_32);
    const lo = length >>> 0;
    out[2] = hi >>> 24; out[3] = (hi >>> 16) & 0xff; out[4] = (hi >>> 8) & 0xff; out[5] = hi & 0xff;
    out[6] = lo >>> 24; out[7] = (lo >>> 16) & 0xff; out[8] = (lo >>> 8) & 0xff; out[9] = lo & 0xff;
    pos = 10;
  }
  if (maskingKey) {
    out[pos] = maskingKey[0]!; out[pos + 1] = maskingKey[1]!; out[pos + 2] = maskingKey[2]!; out[pos + 3] = maskingKey[3]!;
    pos += MASKING_KEY_BYTES;
  }
  out.set(payload, pos);
  if (maskingKey) applyMask(out, pos, pos + length, maskingKey);

  if (!options.annotate) return { bytes: out, headerBytes, payloadBytes: length };
  const asFrame: WsFrame = {
    fin, rsv1: !!frame.rsv1, rsv2: !!frame.rsv2, rsv3: !!frame.rsv3, opcode, payload,
    maskingKey: maskingKey ? Uint8Array.from(maskingKey) : undefined,
  };
  const fields = frameFields(asFrame, { lengthField, extendedLengthBytes: ext, payloadLength: length });
  return { bytes: out, headerBytes, payloadBytes: length, fields };
}
