/**
 * The opening handshake (RFC 6455 §4) as a list of steps a stepper shows one at
 * a time, for a client key and a chosen failure case. Every message and verdict
 * comes from the codec; this file only decides which to show, in which order.
 */
import {
  acceptKeySteps, buildHandshakeRejection, buildHandshakeRequest, buildHandshakeResponse, checkHandshakeKey, encodeBase64,
  validateHandshakeRequest, validateHandshakeResponse,
  type AcceptKeySteps, type HandshakeRequestFailure, type HandshakeResponseFailure, type HandshakeRequestInit, type Transfer,
} from '../../sim';
import { messageTransfer, startLineSummary } from './messageTransfer';

import type { HandshakeCase } from './handshakeCases';

export { HANDSHAKE_CASES, RFC_SAMPLE_KEY, type HandshakeCase } from './handshakeCases';

/** One thing that happens during the handshake. */
export type HandshakeStep =
  | { readonly kind: 'request'; readonly transfer: Transfer }
  /** The accept computation, one stage per step: key + GUID, its SHA-1, the SHA-1 in base64. */
  | { readonly kind: 'concat' | 'sha1' | 'base64'; readonly accept: AcceptKeySteps }
  | { readonly kind: 'refuse'; readonly failure: HandshakeRequestFailure }
  | { readonly kind: 'response'; readonly transfer: Transfer }
  | { readonly kind: 'fail'; readonly failure: HandshakeResponseFailure }
  | { readonly kind: 'open'; readonly accept: string; readonly protocol?: string };

export type HandshakeStepKind = HandshakeStep['kind'];

/** The steps for one key and case. */
export interface HandshakeWalk {
  readonly key: string;
  readonly which: HandshakeCase;
  readonly steps: readonly HandshakeStep[];
}

// The example connection of RFC 6455 §1.2: a chat client at example.com.
const HOST = 'server.example.com';
const PATH = '/chat';
const ORIGIN = 'http://example.com';
/** A version a pre-RFC client sent (draft hybi-08), to show the 426 answer. */
const OLD_VERSION = '8';

interface CaseSetup {
  /** Subprotocols the client offers. */
  readonly offered: readonly string[];
  /** Subprotocols the server speaks. */
  readonly supported: readonly string[];
}

const SETUP: Readonly<Record<HandshakeCase, CaseSetup>> = {
  ok: { offered: ['chat', 'superchat'], supported: ['chat'] },
  wrongVersion: { offered: [], supported: [] },
  malformedKey: { offered: [], supported: [] },
  wrongAccept: { offered: [], supported: [] },
  unofferedSubprotocol: { offered: ['chat'], supported: [] },
  noCommonSubprotocol: { offered: ['chat'], supported: ['superchat'] },
};
/** What the misconfigured server of `unofferedSubprotocol` answers with. */
const UNOFFERED_PROTOCOL = 'superchat';

/** The key with one byte dropped: base64 that decodes, but to 15 bytes instead of 16. */
function shortenedKey(key: string): string {
  const check = checkHandshakeKey(key);
  return check.ok ? encodeBase64(check.bytes.subarray(0, check.bytes.length - 1)) : key;
}

/** Another client's key (every bit flipped): the server answers a request that is not this one. */
function otherKey(key: string): string {
  const check = checkHandshakeKey(key);
  return check.ok ? encodeBase64(check.bytes.map((b) => b ^ 0xff)) : key;
}

/** Builds the steps for `key` (a valid Sec-WebSocket-Key) and `which` case. */
export function handshakeWalk(key: string, which: HandshakeCase): HandshakeWalk {
  const { offered, supported } = SETUP[which];
  const init: HandshakeRequestInit = {
    host: HOST, path: PATH, origin: ORIGIN,
    key: which === 'malformedKey' ? shortenedKey(key) : key,
    ...(which === 'wrongVersion' ? { version: OLD_VERSION } : {}),
    ...(offered.length ? { protocols: offered } : {}),
  };
  const request = buildHandshakeRequest(init);
  const steps: HandshakeStep[] = [{ kind: 'request', transfer: messageTransfer(request, 'http-request', 'client', startLineSummary(request), 0) }];

  const server = validateHandshakeRequest(request.request, { supportedProtocols: supported, fields: request.fields });
  let response;
  if (!server.ok) {
    steps.push({ kind: 'refuse', failure: server });
    response = buildHandshakeRejection(server);
  } else {
    const accept = acceptKeySteps(server.key);
    steps.push({ kind: 'concat', accept }, { kind: 'sha1', accept }, { kind: 'base64', accept });
    const protocol = which === 'unofferedSubprotocol' ? UNOFFERED_PROTOCOL : server.protocol;
    response = buildHandshakeResponse({ key: which === 'wrongAccept' ? otherKey(key) : server.key, ...(protocol === undefined ? {} : { protocol }) });
  }
  steps.push({ kind: 'response', transfer: messageTransfer(response, 'http-response', 'server', startLineSummary(response), 1) });

  const client = validateHandshakeResponse(response.response, init.key, { protocols: offered, fields: response.fields });
  if (client.ok) steps.push({ kind: 'open', accept: acceptKeySteps(init.key).accept, ...(client.protocol === undefined ? {} : { protocol: client.protocol }) });
  else steps.push({ kind: 'fail', failure: client });
  return { key, which, steps };
}
