/**
 * The annotation of one engine.io packet: its type digit and its data, or the
 * raw bytes of a binary frame, or "b" + base64 on polling. An open packet's
 * JSON is split into its members (sid, upgrades, pingInterval, pingTimeout,
 * maxPayload) with the punctuation between them as syntax fields.
 */
import { fillGaps } from '../bytes/fillGaps';
import { jsonParts } from '../bytes/jsonParts';
import { previewText } from '../http/previewText';
import { bytesToHex } from '../ws/hex';
import type { Field } from '../timeline/types';
import { ENGINE_IO_PACKET_TYPES, type EngineIoPacketType } from './packetTypes';

/** The open packet members the protocol defines; any other key is annotated as "other". */
export const OPEN_PACKET_KEYS = ['sid', 'upgrades', 'pingInterval', 'pingTimeout', 'maxPayload'] as const;

// Longest binary prefix shown as a field value.
const HEX_PREVIEW_BYTES = 24;
const PROBE = 'probe';

/** How the packet's bytes are laid out. */
export type PacketLayout =
  | { readonly form: 'text'; readonly type: EngineIoPacketType; readonly data: string }
  | { readonly form: 'binary-frame' }
  | { readonly form: 'base64' };

function hexPreview(bytes: Uint8Array, start: number, end: number): string {
  const stop = Math.min(end, start + HEX_PREVIEW_BYTES);
  return bytesToHex(bytes.subarray(start, stop)) + (stop < end ? ' …' : '');
}

function dataMeaning(type: EngineIoPacketType, data: string): string {
  if (type === 'message') return 'eiofield.data.message';
  if ((type === 'ping' || type === 'pong') && data === PROBE) return 'eiofield.data.probe';
  return 'eiofield.data.other';
}

function openFields(bytes: Uint8Array, start: number, end: number): Field[] | undefined {
  const parsed = jsonParts(bytes, start, end);
  if (!parsed || parsed.kind !== 'object') return undefined;
  const members: Field[] = parsed.parts.map((p) => {
    const known = (OPEN_PACKET_KEYS as readonly string[]).includes(p.key ?? '');
    return { name: `open:${p.key ?? ''}`, start: p.start, end: p.end, value: previewText(bytes, p.start, p.end), meaning: known ? `eiofield.open.${p.key}` : 'eiofield.open.other' };
  });
  return fillGaps(bytes, members, start, end, 'json-syntax', 'eiofield.jsonSyntax');
}

/** Fields tiling `bytes[start, end)`, one packet laid out as `layout` says; offsets are absolute in `bytes`. */
export function packetFields(bytes: Uint8Array, start: number, end: number, layout: PacketLayout): Field[] {
  if (layout.form === 'binary-frame') {
    return end > start ? [{ name: 'eio-binary', start, end, value: hexPreview(bytes, start, end), meaning: 'eiofield.binaryFrame' }] : [];
  }
  if (layout.form === 'base64') {
    const fields: Field[] = [{ name: 'eio-base64-marker', start, end: start + 1, value: 'b', meaning: 'eiofield.base64Marker' }];
    if (end > start + 1) fields.push({ name: 'eio-base64', start: start + 1, end, value: previewText(bytes, start + 1, end), meaning: 'eiofield.base64' });
    return fields;
  }
  const { type, data } = layout;
  const fields: Field[] = [{ name: 'eio-type', start, end: start + 1, value: `${ENGINE_IO_PACKET_TYPES.indexOf(type)} ${type}`, meaning: `eiofield.type.${type}` }];
  if (end === start + 1) return fields;
  const open = type === 'open' ? openFields(bytes, start + 1, end) : undefined;
  if (open) return [...fields, ...open];
  fields.push({ name: 'eio-data', start: start + 1, end, value: previewText(bytes, start + 1, end), meaning: dataMeaning(type, data) });
  return fields;
}
