/**
 * The server's answer that opens the connection, RFC 6455 §4.2.2 step 5:
 * 101 Switching Protocols with Upgrade, Connection, Sec-WebSocket-Accept and the
 * chosen subprotocol. No body: the next byte on the wire is a frame.
 */
import type { HttpHeader, HttpResponse } from '../http/types';
import { serializeResponse } from '../http/serializeResponse';
import { computeAcceptKey } from './acceptKey';
import { withHandshakeMeanings } from './handshakeFields';
import {
  CONNECTION_TOKEN, H_ACCEPT, H_CONNECTION, H_EXTENSIONS, H_PROTOCOL, H_UPGRADE, STATUS_SWITCHING_PROTOCOLS, UPGRADE_TOKEN,
} from './handshakeConstants';
import type { HandshakeResponseInit, HandshakeResponseMessage } from './handshakeTypes';

/** Builds the 101 response for the client's key and its annotated bytes. */
export function buildHandshakeResponse(init: HandshakeResponseInit): HandshakeResponseMessage {
  const headers: HttpHeader[] = [
    { name: H_UPGRADE, value: UPGRADE_TOKEN },
    { name: H_CONNECTION, value: CONNECTION_TOKEN },
    { name: H_ACCEPT, value: computeAcceptKey(init.key) },
  ];
  if (init.protocol !== undefined) headers.push({ name: H_PROTOCOL, value: init.protocol });
  if (init.extensions?.length) headers.push({ name: H_EXTENSIONS, value: init.extensions.join(', ') });
  if (init.headers) headers.push(...init.headers);
  const response: HttpResponse = { status: STATUS_SWITCHING_PROTOCOLS, headers };
  const encoded = serializeResponse(response);
  return { ...encoded, fields: withHandshakeMeanings(encoded.fields), response };
}
