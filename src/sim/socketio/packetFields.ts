/**
 * The annotation of one Socket.IO packet's text: type, attachment count and
 * its "-", namespace and its ",", ack id, then the JSON data split into the
 * parts that mean something (event name, arguments, placeholders, auth, sid)
 * with the JSON punctuation between them as syntax fields.
 */
import { fillGaps } from '../bytes/fillGaps';
import { jsonParts } from '../bytes/jsonParts';
import { decodeUtf8 } from '../bytes/utf8';
import { previewText } from '../http/previewText';
import type { Field } from '../timeline/types';
import { ACK, BINARY_ACK, BINARY_EVENT, CONNECT, CONNECT_ERROR, EVENT, SOCKET_IO_PACKET_TYPES, typeKey, type SocketIoPacketType } from './packetTypes';

/** Where each part of a packet's text sits (absolute byte offsets); absent parts are undefined. */
export interface PacketLayout {
  readonly type: SocketIoPacketType;
  readonly start: number;
  readonly end: number;
  /** The attachment count's digits; the "-" follows them. */
  readonly attachments?: readonly [number, number];
  readonly namespace?: readonly [number, number];
  /** True when a "," ends the namespace. */
  readonly namespaceComma?: boolean;
  readonly ackId?: readonly [number, number];
  readonly data?: readonly [number, number];
}

const CONNECT_KEYS = ['sid', 'pid'];
const CONNECT_ERROR_KEYS = ['message', 'data'];

function isPlaceholder(bytes: Uint8Array, start: number, end: number): boolean {
  if (bytes[start] !== 0x7b) return false; // '{'
  try {
    const value = JSON.parse(decodeUtf8(bytes, start, end)) as Record<string, unknown>;
    return value._placeholder === true;
  } catch {
    return false;
  }
}

function dataFields(bytes: Uint8Array, type: SocketIoPacketType, start: number, end: number): Field[] {
  const whole = (meaning: string): Field[] => [{ name: 'sio-data', start, end, value: previewText(bytes, start, end), meaning }];
  const parsed = jsonParts(bytes, start, end);
  if (!parsed) return whole(type === CONNECT_ERROR ? 'siofield.connectError.message' : 'siofield.data');
  let parts: Field[];
  if (parsed.kind === 'array' && (type === EVENT || type === BINARY_EVENT || type === ACK || type === BINARY_ACK)) {
    const isEvent = type === EVENT || type === BINARY_EVENT;
    parts = parsed.parts.map((p, i) => {
      const value = previewText(bytes, p.start, p.end);
      if (isEvent && i === 0) return { name: 'sio-event-name', start: p.start, end: p.end, value, meaning: 'siofield.eventName' };
      if (isPlaceholder(bytes, p.start, p.end)) return { name: 'sio-placeholder', start: p.start, end: p.end, value, meaning: 'siofield.placeholder' };
      return { name: isEvent ? 'sio-arg' : 'sio-ack-arg', start: p.start, end: p.end, value, meaning: isEvent ? 'siofield.arg' : 'siofield.ackArg' };
    });
  } else if (parsed.kind === 'object' && (type === CONNECT || type === CONNECT_ERROR)) {
    const [group, known] = type === CONNECT ? ['connect', CONNECT_KEYS] : ['connectError', CONNECT_ERROR_KEYS];
    const other = type === CONNECT ? 'auth' : 'other';
    parts = parsed.parts.map((p) => ({
      name: `sio-${group}:${p.key ?? ''}`, start: p.start, end: p.end, value: previewText(bytes, p.start, p.end),
      meaning: `siofield.${group}.${known.includes(p.key ?? '') ? p.key : other}`,
    }));
  } else return whole('siofield.data');
  return fillGaps(bytes, parts, start, end, 'json-syntax', 'siofield.jsonSyntax');
}

/** Fields tiling `bytes[layout.start, layout.end)`. */
export function packetFields(bytes: Uint8Array, layout: PacketLayout): Field[] {
  const { type, start } = layout;
  const fields: Field[] = [{ name: 'sio-type', start, end: start + 1, value: `${type} ${SOCKET_IO_PACKET_TYPES[type]}`, meaning: `siofield.type.${typeKey(type)}` }];
  if (layout.attachments) {
    const [s, e] = layout.attachments;
    fields.push({ name: 'sio-attachments', start: s, end: e, value: decodeUtf8(bytes, s, e), meaning: 'siofield.attachments' });
    fields.push({ name: 'sio-attachments-end', start: e, end: e + 1, value: '-', meaning: 'siofield.attachmentsEnd' });
  }
  if (layout.namespace) {
    const [s, e] = layout.namespace;
    fields.push({ name: 'sio-namespace', start: s, end: e, value: previewText(bytes, s, e), meaning: 'siofield.namespace' });
    if (layout.namespaceComma) fields.push({ name: 'sio-namespace-end', start: e, end: e + 1, value: ',', meaning: 'siofield.namespaceEnd' });
  }
  if (layout.ackId) {
    const [s, e] = layout.ackId;
    fields.push({ name: 'sio-ack-id', start: s, end: e, value: decodeUtf8(bytes, s, e), meaning: type === ACK || type === BINARY_ACK ? 'siofield.ackId.answer' : 'siofield.ackId.ask' });
  }
  if (layout.data) fields.push(...dataFields(bytes, type, layout.data[0], layout.data[1]));
  return fields;
}
