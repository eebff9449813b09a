/**
 * The answer a server sends instead of 101 when it refuses an upgrade (RFC 6455
 * §4.2.1, §4.4): the failure's status (400, 403, 405 or 426) and headers, an
 * empty body, and Connection: close since no WebSocket follows.
 */
import type { HttpHeader, HttpResponse } from '../http/types';
import { serializeResponse } from '../http/serializeResponse';
import { withHandshakeMeanings } from './handshakeFields';
import type { HandshakeRequestFailure, HandshakeResponseMessage } from './handshakeTypes';

/** Builds the refusal for `failure` and its annotated bytes. */
export function buildHandshakeRejection(failure: HandshakeRequestFailure, extraHeaders: readonly HttpHeader[] = []): HandshakeResponseMessage {
  const headers: HttpHeader[] = [...failure.headers, { name: 'Connection', value: 'close' }, { name: 'Content-Length', value: '0' }, ...extraHeaders];
  const response: HttpResponse = { status: failure.status, headers };
  const encoded = serializeResponse(response);
  return { ...encoded, fields: withHandshakeMeanings(encoded.fields), response };
}
