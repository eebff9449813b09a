/**
 * The figures the WebSocket lesson pages quote, computed at build time with the
 * codec: byte counts of real handshake messages and frames, header sizes for
 * each length form, the close code ranges. Nothing here is typed in.
 */
import {
  CLOSE_NORMAL, CLOSE_TLS_HANDSHAKE, encodeFrame, encodeUtf8, EXTENDED_64_LENGTH_BYTES, FRAME_FIXED_HEADER_BYTES, isValidCloseCode,
  MASKING_KEY_BYTES, MAX_16BIT_LENGTH, MAX_7BIT_LENGTH, OPCODE_BINARY, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT, WS_GUID, bytesToHex,
  type LengthForm,
} from '../../sim';
import { closeView } from './closeView';
import { EXAMPLE_MASKING_KEY, galleryView } from './exampleFrames';
import { handshakeWalk, RFC_SAMPLE_KEY } from './handshakeWalk';
import type { Sender } from './messageTransfer';

/** One message in the overview's sample conversation. */
export interface ConversationRow {
  readonly from: Sender;
  /** i18n key of what the message is. */
  readonly what: string;
  /** Protocol text shown as is (a start line, a frame's payload). */
  readonly label: string;
  readonly bytes: number;
  /** The frame in hex; absent for the HTTP handshake. */
  readonly hex?: string;
}

const mask = (from: Sender) => (from === 'client' ? { maskingKey: EXAMPLE_MASKING_KEY } : {});
const frameRow = (from: Sender, what: string, label: string, bytes: Uint8Array): ConversationRow => ({ from, what, label, bytes: bytes.length, hex: bytesToHex(bytes) });

/** The opening handshake of RFC 6455 §1.2–1.3, as the handshake stepper builds it. */
export function handshakeFacts() {
  const steps = handshakeWalk(RFC_SAMPLE_KEY, 'ok').steps;
  const request = steps.find((s) => s.kind === 'request');
  const response = steps.find((s) => s.kind === 'response');
  const accept = steps.find((s) => s.kind === 'base64');
  if (request?.kind !== 'request' || response?.kind !== 'response' || accept?.kind !== 'base64') throw new Error('wsLessonFacts: the handshake walk changed shape');
  return { key: RFC_SAMPLE_KEY, guid: WS_GUID, accept: accept.accept.accept, sha1Bytes: accept.accept.sha1.length, requestBytes: request.transfer.bytes.length, responseBytes: response.transfer.bytes.length };
}

/** A short WebSocket session, message by message: handshake, data both ways, ping/pong, close. */
export function conversation(): ConversationRow[] {
  const steps = handshakeWalk(RFC_SAMPLE_KEY, 'ok').steps;
  const rows: ConversationRow[] = [];
  for (const s of steps) {
    if (s.kind === 'request' || s.kind === 'response') rows.push({ from: s.transfer.from as Sender, what: `wsui.conv.${s.kind}`, label: s.transfer.summary, bytes: s.transfer.bytes.length });
  }
  const hi = encodeUtf8('Hi');
  const close = (from: Sender) => {
    const c = closeView(CLOSE_NORMAL, '', from);
    return c.ok ? c.view.bytes : new Uint8Array(0);
  };
  rows.push(
    frameRow('server', 'wsui.conv.text', 'Hello', galleryView('text', 'server').bytes),
    frameRow('client', 'wsui.conv.text', 'Hi', encodeFrame({ opcode: OPCODE_TEXT, payload: hi, ...mask('client') }).bytes),
    frameRow('server', 'wsui.conv.binary', '00 01 02', encodeFrame({ opcode: OPCODE_BINARY, payload: Uint8Array.of(0, 1, 2) }).bytes),
    frameRow('server', 'wsui.conv.ping', '', encodeFrame({ opcode: OPCODE_PING, payload: new Uint8Array(0) }).bytes),
    frameRow('client', 'wsui.conv.pong', '', encodeFrame({ opcode: OPCODE_PONG, payload: new Uint8Array(0), ...mask('client') }).bytes),
    frameRow('client', 'wsui.conv.close', String(CLOSE_NORMAL), close('client')),
    frameRow('server', 'wsui.conv.close', String(CLOSE_NORMAL), close('server')),
  );
  return rows;
}

/** Frame header sizes: 2 bytes at least, and at most with a 64-bit length and a masking key. */
export function headerSizes() {
  return { min: FRAME_FIXED_HEADER_BYTES, max: FRAME_FIXED_HEADER_BYTES + EXTENDED_64_LENGTH_BYTES + MASKING_KEY_BYTES, maskBytes: MASKING_KEY_BYTES };
}

/** One row of the length-forms table. */
export interface LengthRow {
  readonly payload: number;
  readonly form: Exclude<LengthForm, 'minimal'>;
  readonly serverHeader: number;
  readonly clientHeader: number;
  /** The first bytes of the server's frame, up to the payload. */
  readonly headerHex: string;
}

/** Header bytes at each edge of the three length forms, as the encoder writes them. */
export function lengthRows(): LengthRow[] {
  const sizes: readonly [number, LengthRow['form']][] = [
    [0, '7-bit'], [MAX_7BIT_LENGTH, '7-bit'], [MAX_7BIT_LENGTH + 1, '16-bit'], [MAX_16BIT_LENGTH, '16-bit'], [MAX_16BIT_LENGTH + 1, '64-bit'],
  ];
  return sizes.map(([payload, form]) => {
    const server = encodeFrame({ opcode: OPCODE_BINARY, payload: new Uint8Array(payload) });
    const client = encodeFrame({ opcode: OPCODE_BINARY, payload: new Uint8Array(payload), ...mask('client') });
    return { payload, form, serverHeader: server.headerBytes, clientHeader: client.headerBytes, headerHex: bytesToHex(server.bytes.subarray(0, server.headerBytes)) };
  });
}

/** The close code ranges above the defined codes that may be sent (RFC 6455 §7.4.2), found by asking the codec. */
export function closeCodeRanges(): { readonly from: number; readonly to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let code = CLOSE_TLS_HANDSHAKE + 1; code <= 0xffff; code++) {
    if (!isValidCloseCode(code)) continue;
    const last = ranges.at(-1);
    if (last && last.to === code - 1) last.to = code;
    else ranges.push({ from: code, to: code });
  }
  return ranges;
}
