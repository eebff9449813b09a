/**
 * The client's opening handshake, RFC 6455 §4.1: a GET with Upgrade,
 * Connection, Sec-WebSocket-Key and Sec-WebSocket-Version, plus Origin,
 * subprotocols and extensions when given. Serialized by the HTTP codec.
 */
import type { HttpHeader, HttpRequest } from '../http/types';
import { serializeRequest } from '../http/serializeRequest';
import { withHandshakeMeanings } from './handshakeFields';
import {
  CONNECTION_TOKEN, H_CONNECTION, H_EXTENSIONS, H_HOST, H_KEY, H_ORIGIN, H_PROTOCOL, H_UPGRADE, H_VERSION, UPGRADE_TOKEN, WS_VERSION,
} from './handshakeConstants';
import type { HandshakeRequestInit, HandshakeRequestMessage } from './handshakeTypes';

const GET = 'GET';
const LIST_SEPARATOR = ', ';

/** Builds the upgrade request and its annotated bytes. Writes what it is given, so bad keys can be demonstrated. */
export function buildHandshakeRequest(init: HandshakeRequestInit): HandshakeRequestMessage {
  const headers: HttpHeader[] = [
    { name: H_HOST, value: init.host },
    { name: H_UPGRADE, value: UPGRADE_TOKEN },
    { name: H_CONNECTION, value: CONNECTION_TOKEN },
    { name: H_KEY, value: init.key },
    { name: H_VERSION, value: init.version ?? WS_VERSION },
  ];
  if (init.origin !== undefined) headers.push({ name: H_ORIGIN, value: init.origin });
  if (init.protocols?.length) headers.push({ name: H_PROTOCOL, value: init.protocols.join(LIST_SEPARATOR) });
  if (init.extensions?.length) headers.push({ name: H_EXTENSIONS, value: init.extensions.join(LIST_SEPARATOR) });
  if (init.headers) headers.push(...init.headers);
  const request: HttpRequest = { method: GET, target: init.path ?? '/', headers };
  const encoded = serializeRequest(request);
  return { ...encoded, fields: withHandshakeMeanings(encoded.fields), request };
}
