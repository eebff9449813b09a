/**
 * The server's reading of an upgrade request, RFC 6455 §4.2.1 (what it must
 * contain) and §4.4 (unsupported version → 426 naming the version spoken).
 * Returns the accepted request, or the refusal to send; never throws.
 */
import type { HttpHeader, HttpRequest } from '../http/types';
import type { Field } from '../timeline/types';
import { computeAcceptKey } from './acceptKey';
import { decodeBase64 } from './base64';
import {
  CONNECTION_TOKEN, H_CONNECTION, H_EXTENSIONS, H_HOST, H_KEY, H_ORIGIN, H_PROTOCOL, H_UPGRADE, H_VERSION, UPGRADE_TOKEN, WS_VERSION,
} from './handshakeConstants';
import type { HandshakeRequestFailure, HandshakeRequestFailureReason, HandshakeRequestResult } from './handshakeTypes';
import { handshakeLineOffset, type HandshakeLine } from './handshakeFields';
import { headerTokens, headerValue } from './headerList';

/** Options for `validateHandshakeRequest`. */
export interface ValidateRequestOptions {
  /** Subprotocols the server speaks; the first one the client offered is chosen. */
  readonly supportedProtocols?: readonly string[];
  /** Origins allowed to connect (exact match); absent: any origin (§10.2 leaves the policy to the server). */
  readonly allowedOrigins?: readonly string[];
  /** The request's fields from the HTTP codec, so failures can point at the offending line. */
  readonly fields?: readonly Field[];
}

const START_LINE: HandshakeLine = { at: 'start-line' };
const END_OF_HEAD: HandshakeLine = { at: 'end-of-head' };

// §4.1 item 7: the key is 16 bytes, so its base64 is 22 characters and "==".
const KEY_BYTES = 16;
const KEY_SHAPE = /^[+/0-9A-Za-z]{22}==$/;
// RFC 9110 §5.6.2 token, the grammar of a subprotocol name (§4.1 item 10).
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HTTP_VERSION = /^HTTP\/(\d+)\.(\d+)$/;

const RULES: Readonly<Record<HandshakeRequestFailureReason, readonly [HandshakeRequestFailure['status'], string]>> = {
  notGet: [405, 'RFC 6455 §4.2.1'],
  oldHttpVersion: [400, 'RFC 6455 §4.2.1'],
  missingHost: [400, 'RFC 6455 §4.2.1'],
  missingUpgrade: [400, 'RFC 6455 §4.2.1'],
  missingConnectionUpgrade: [400, 'RFC 6455 §4.2.1'],
  missingKey: [400, 'RFC 6455 §4.2.1'],
  malformedKey: [400, 'RFC 6455 §4.2.1'],
  unsupportedVersion: [426, 'RFC 6455 §4.4'],
  badSubprotocolList: [400, 'RFC 6455 §4.1'],
  originNotAllowed: [403, 'RFC 6455 §4.2.2'],
};

/** Checks an upgrade request as a server must; on success also picks the subprotocol and computes the accept value. */
export function validateHandshakeRequest(req: HttpRequest, options: ValidateRequestOptions = {}): HandshakeRequestResult {
  const h = req.headers;
  // A present header is pointed at; a missing one at the blank line where it belongs.
  const lineOf = (name: string): HandshakeLine => (headerValue(h, name) === undefined ? END_OF_HEAD : { at: 'header', name });
  const fail = (reason: HandshakeRequestFailureReason, line: HandshakeLine, values: Record<string, string | number> = {}, headers: HttpHeader[] = []): HandshakeRequestFailure => {
    const [status, rule] = RULES[reason];
    const offset = handshakeLineOffset(options.fields, line);
    return { ok: false, reason, rule, messageKey: `wserr.handshake.${reason}`, values, status, headers, ...(offset === undefined ? {} : { offset }) };
  };

  // §4.2.1 item 1: an HTTP/1.1 or higher GET.
  if (req.method !== 'GET') return fail('notGet', START_LINE, { method: req.method }, [{ name: 'Allow', value: 'GET' }]);
  const version = HTTP_VERSION.exec(req.version ?? 'HTTP/1.1');
  if (!version || Number(version[1]) < 1 || (Number(version[1]) === 1 && Number(version[2]) < 1)) return fail('oldHttpVersion', START_LINE, { version: req.version ?? '' });
  // Items 2–4: Host, Upgrade containing "websocket", Connection containing "Upgrade" (case-insensitive).
  const host = headerValue(h, H_HOST);
  if (host === undefined || host.trim() === '') return fail('missingHost', lineOf(H_HOST));
  if (!headerTokens(h, H_UPGRADE).some((t) => t.toLowerCase() === UPGRADE_TOKEN)) return fail('missingUpgrade', lineOf(H_UPGRADE), { value: headerValue(h, H_UPGRADE) ?? '' });
  if (!headerTokens(h, H_CONNECTION).some((t) => t.toLowerCase() === CONNECTION_TOKEN.toLowerCase())) return fail('missingConnectionUpgrade', lineOf(H_CONNECTION), { value: headerValue(h, H_CONNECTION) ?? '' });
  // Item 5: a key that is base64 of 16 bytes.
  const key = headerValue(h, H_KEY)?.trim();
  if (key === undefined) return fail('missingKey', lineOf(H_KEY));
  if (!KEY_SHAPE.test(key) || decodeBase64(key)?.length !== KEY_BYTES) return fail('malformedKey', lineOf(H_KEY), { key });
  // Item 6 and §4.4: version 13, or 426 telling the client which version we speak.
  const wsVersion = headerValue(h, H_VERSION)?.trim();
  if (wsVersion !== WS_VERSION) return fail('unsupportedVersion', lineOf(H_VERSION), { version: wsVersion ?? '', supported: WS_VERSION }, [{ name: H_VERSION, value: WS_VERSION }]);
  // Item 8: subprotocols are distinct tokens. An empty element ("a, , ,") is refused too, as ws refuses it:
  // accepting what the server underneath will refuse would leave the client without the reason.
  const protocols = headerTokens(h, H_PROTOCOL);
  const protocolHeader = headerValue(h, H_PROTOCOL);
  const hasEmptyElement = protocolHeader !== undefined && protocolHeader.split(',').some((p) => p.trim() === '');
  if (protocolHeader !== undefined && (hasEmptyElement || protocols.length === 0 || protocols.some((p) => !TOKEN.test(p)) || new Set(protocols).size !== protocols.length)) {
    return fail('badSubprotocolList', lineOf(H_PROTOCOL), { value: protocolHeader });
  }
  // §4.2.2 / §10.2: the server may refuse origins it does not trust, with 403.
  const origin = headerValue(h, H_ORIGIN);
  if (options.allowedOrigins && (origin === undefined || !options.allowedOrigins.includes(origin))) return fail('originNotAllowed', lineOf(H_ORIGIN), { origin: origin ?? '' });

  const supported = options.supportedProtocols ?? [];
  const protocol = protocols.find((p) => supported.includes(p));
  return {
    ok: true,
    key,
    accept: computeAcceptKey(key),
    host,
    ...(origin === undefined ? {} : { origin }),
    protocols,
    ...(protocol === undefined ? {} : { protocol }),
    extensions: headerTokens(h, H_EXTENSIONS),
  };
}
