/**
 * The client's reading of the server's answer, RFC 6455 §4.1 (the numbered
 * checks after "the client MUST validate the server's response"): anything but
 * a 101 with Upgrade, Connection and the right Sec-WebSocket-Accept, or a
 * subprotocol or extension it did not offer, fails the connection. Never throws.
 */
import type { HttpResponse } from '../http/types';
import type { Field } from '../timeline/types';
import { computeAcceptKey } from './acceptKey';
import { CLOSE_ABNORMAL } from './closeCodes';
import {
  CONNECTION_TOKEN, H_ACCEPT, H_CONNECTION, H_EXTENSIONS, H_PROTOCOL, H_UPGRADE, STATUS_SWITCHING_PROTOCOLS, UPGRADE_TOKEN,
} from './handshakeConstants';
import type { HandshakeResponseFailure, HandshakeResponseFailureReason, HandshakeResponseResult } from './handshakeTypes';
import { handshakeLineOffset, type HandshakeLine } from './handshakeFields';
import { headerTokens, headerValue } from './headerList';

/** What the client offered, to check the answer against. */
export interface ValidateResponseOptions {
  /** Subprotocols the client offered; if non-empty the server must pick one of them. */
  readonly protocols?: readonly string[];
  /** Extension names the client offered. */
  readonly extensions?: readonly string[];
  /** The response's fields from the HTTP codec, so failures can point at the offending line. */
  readonly fields?: readonly Field[];
}

const START_LINE: HandshakeLine = { at: 'start-line' };
const END_OF_HEAD: HandshakeLine = { at: 'end-of-head' };

const RULES: Readonly<Record<HandshakeResponseFailureReason, string>> = {
  notSwitchingProtocols: 'RFC 6455 §4.1',
  missingUpgrade: 'RFC 6455 §4.1',
  missingConnectionUpgrade: 'RFC 6455 §4.1',
  missingAccept: 'RFC 6455 §4.1',
  wrongAccept: 'RFC 6455 §4.1',
  unrequestedExtension: 'RFC 6455 §4.1',
  unsupportedSubprotocol: 'RFC 6455 §4.1',
  // RFC 6455 lets a server ignore the offer; browsers (and ws) then fail the connection.
  missingSubprotocol: 'WHATWG WebSockets Standard, establish a WebSocket connection',
};


/** Checks the server's answer to a request that sent `key`, as a client must. */
export function validateHandshakeResponse(res: HttpResponse, key: string, options: ValidateResponseOptions = {}): HandshakeResponseResult {
  const h = res.headers;
  // A present header is pointed at; a missing one at the blank line where it belongs.
  const lineOf = (name: string): HandshakeLine => (headerValue(h, name) === undefined ? END_OF_HEAD : { at: 'header', name });
  const fail = (reason: HandshakeResponseFailureReason, line: HandshakeLine, values: Record<string, string | number> = {}): HandshakeResponseFailure => {
    const offset = handshakeLineOffset(options.fields, line);
    return { ok: false, reason, rule: RULES[reason], messageKey: `wserr.handshake.${reason}`, values, closeCode: CLOSE_ABNORMAL, ...(offset === undefined ? {} : { offset }) };
  };

  // 1. Anything but 101 is handled as plain HTTP: no WebSocket.
  if (res.status !== STATUS_SWITCHING_PROTOCOLS) return fail('notSwitchingProtocols', START_LINE, { status: res.status });
  // 2. Upgrade must be "websocket" (case-insensitive).
  const upgrade = headerValue(h, H_UPGRADE);
  if (upgrade === undefined || upgrade.trim().toLowerCase() !== UPGRADE_TOKEN) return fail('missingUpgrade', lineOf(H_UPGRADE), { value: upgrade ?? '' });
  // 3. Connection must contain the token "Upgrade".
  if (!headerTokens(h, H_CONNECTION).some((t) => t.toLowerCase() === CONNECTION_TOKEN.toLowerCase())) {
    const value = headerValue(h, H_CONNECTION);
    return fail('missingConnectionUpgrade', lineOf(H_CONNECTION), { value: value ?? '' });
  }
  // 4. Sec-WebSocket-Accept must be base64(SHA-1(key + GUID)): proof the server read this request.
  const accept = headerValue(h, H_ACCEPT)?.trim();
  const expected = computeAcceptKey(key);
  if (accept === undefined) return fail('missingAccept', END_OF_HEAD, { expected });
  if (accept !== expected) return fail('wrongAccept', lineOf(H_ACCEPT), { expected, received: accept });
  // 5. Only extensions the client offered.
  const offeredExtensions = new Set((options.extensions ?? []).map((e) => e.toLowerCase()));
  const extensions = headerTokens(h, H_EXTENSIONS);
  const unrequested = extensions.find((e) => !offeredExtensions.has(e.split(';')[0]!.trim().toLowerCase()));
  if (unrequested !== undefined) return fail('unrequestedExtension', lineOf(H_EXTENSIONS), { extension: unrequested });
  // 6. Only a subprotocol the client offered.
  const offered = options.protocols ?? [];
  const protocol = headerValue(h, H_PROTOCOL)?.trim();
  if (protocol !== undefined && !offered.includes(protocol)) return fail('unsupportedSubprotocol', lineOf(H_PROTOCOL), { protocol });
  if (protocol === undefined && offered.length > 0) return fail('missingSubprotocol', END_OF_HEAD, { offered: offered.join(', ') });
  return { ok: true, ...(protocol === undefined ? {} : { protocol }), extensions };
}
