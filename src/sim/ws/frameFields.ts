/**
 * Builds a frame's annotation: one Field per header bit group (with bit ranges)
 * and per byte range, tiling the frame's bytes exactly (RFC 6455 §5.2 figure).
 */
import { decodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { OPCODE_CLOSE, OPCODE_TEXT, isControlOpcode, opcodeName } from './opcodes';
import type { WsFrame } from './types';

// Longest payload prefix shown as a field value; the inspector shows the bytes anyway.
const PREVIEW_BYTES = 48;
const ELLIPSIS = '…';
const CLOSE_CODE_BYTES = 2;

/** Where a frame's parts sit: enough to annotate without re-reading its bytes. */
export interface FrameLayout {
  /** The 7-bit payload length as written (0–127). */
  readonly lengthField: number;
  /** Bytes of extended payload length: 0, 2 or 8. */
  readonly extendedLengthBytes: number;
  /** The payload length the header states. */
  readonly payloadLength: number;
}

const bit = (on: boolean) => (on ? '1' : '0');
const hexByte = (b: number) => b.toString(16).padStart(2, '0');

function hexPreview(bytes: Uint8Array, start: number, end: number): string {
  const stop = Math.min(end, start + PREVIEW_BYTES / 2);
  let s = '';
  for (let i = start; i < stop; i++) s += (i > start ? ' ' : '') + hexByte(bytes[i]!);
  return stop < end ? s + ' ' + ELLIPSIS : s;
}

function textPreview(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= PREVIEW_BYTES) return decodeUtf8(bytes, start, end);
  let cut = start + PREVIEW_BYTES;
  // Back off to a code point boundary so the preview does not end in U+FFFD.
  while (cut > start && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return decodeUtf8(bytes, start, cut) + ELLIPSIS;
}

function camel(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

/** The fields of `frame` laid out as `layout` says; offsets are relative to the frame's first byte. */
export function frameFields(frame: WsFrame, layout: FrameLayout): Field[] {
  const masked = frame.maskingKey !== undefined;
  const op = frame.opcode;
  const fields: Field[] = [
    // RFC 6455 §5.2, byte 0: FIN, RSV1, RSV2, RSV3, opcode.
    { name: 'fin', start: 0, end: 1, bitStart: 0, bitEnd: 1, value: bit(frame.fin), meaning: frame.fin ? 'wsfield.fin.final' : 'wsfield.fin.more' },
    { name: 'rsv1', start: 0, end: 1, bitStart: 1, bitEnd: 2, value: bit(frame.rsv1), meaning: frame.rsv1 && !isControlOpcode(op) ? 'wsfield.rsv1.deflate' : 'wsfield.rsv' },
    { name: 'rsv2', start: 0, end: 1, bitStart: 2, bitEnd: 3, value: bit(frame.rsv2), meaning: 'wsfield.rsv' },
    { name: 'rsv3', start: 0, end: 1, bitStart: 3, bitEnd: 4, value: bit(frame.rsv3), meaning: 'wsfield.rsv' },
    { name: 'opcode', start: 0, end: 1, bitStart: 4, bitEnd: 8, value: `0x${op.toString(16)}`, meaning: `wsfield.opcode.${camel(opcodeName(op))}` },
    // RFC 6455 §5.2, byte 1: MASK, payload len.
    { name: 'mask', start: 1, end: 2, bitStart: 0, bitEnd: 1, value: bit(masked), meaning: masked ? 'wsfield.mask.on' : 'wsfield.mask.off' },
    {
      name: 'payload-len', start: 1, end: 2, bitStart: 1, bitEnd: 8, value: String(layout.lengthField),
      meaning: layout.extendedLengthBytes === 2 ? 'wsfield.payloadLen.16' : layout.extendedLengthBytes === 8 ? 'wsfield.payloadLen.64' : 'wsfield.payloadLen.7',
    },
  ];
  let pos = 2;
  if (layout.extendedLengthBytes > 0) {
    const end = pos + layout.extendedLengthBytes;
    fields.push({ name: 'extended-payload-len', start: pos, end, value: String(layout.payloadLength), meaning: layout.extendedLengthBytes === 2 ? 'wsfield.extendedLen.16' : 'wsfield.extendedLen.64' });
    pos = end;
  }
  if (masked) {
    const k = frame.maskingKey!;
    // RFC 6455 §5.3: the 32-bit masking key follows the length.
    fields.push({ name: 'masking-key', start: pos, end: pos + 4, value: `${hexByte(k[0]!)} ${hexByte(k[1]!)} ${hexByte(k[2]!)} ${hexByte(k[3]!)}`, meaning: 'wsfield.maskingKey' });
    pos += 4;
  }
  const p = frame.payload;
  if (p.length === 0) return fields;
  const suffix = masked ? '.masked' : '';
  if (op === OPCODE_CLOSE && p.length >= CLOSE_CODE_BYTES) {
    // RFC 6455 §5.5.1: a 2-byte status code, then an optional UTF-8 reason.
    fields.push({ name: 'close-code', start: pos, end: pos + CLOSE_CODE_BYTES, value: String((p[0]! << 8) | p[1]!), meaning: `wsfield.closeCode${suffix}` });
    if (p.length > CLOSE_CODE_BYTES) fields.push({ name: 'close-reason', start: pos + CLOSE_CODE_BYTES, end: pos + p.length, value: textPreview(p, CLOSE_CODE_BYTES, p.length), meaning: `wsfield.closeReason${suffix}` });
    return fields;
  }
  // A compressed payload (RSV1, RFC 7692) is DEFLATE data, not text, until the whole message is inflated.
  const deflated = frame.rsv1 && !isControlOpcode(op);
  const value = op === OPCODE_TEXT && !deflated ? textPreview(p, 0, p.length) : hexPreview(p, 0, p.length);
  fields.push({ name: 'payload', start: pos, end: pos + p.length, value, meaning: deflated ? `wsfield.payload.deflated${suffix}` : `wsfield.payload${suffix}` });
  return fields;
}
