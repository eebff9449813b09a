/**
 * Shapes of the opening handshake (RFC 6455 §4): what the builders take, and
 * the discriminated results of the two validators.
 */
import type { EncodedMessage, HttpHeader, HttpRequest, HttpResponse } from '../http/types';

/** What a client puts in its upgrade request (§4.1). The key is chosen by the caller: nothing here is random. */
export interface HandshakeRequestInit {
  readonly host: string;
  /** Request target; defaults to "/". */
  readonly path?: string;
  /** Base64 of 16 random bytes (§4.1 item 7). */
  readonly key: string;
  /** Sec-WebSocket-Version; defaults to "13". Another value demonstrates the 426 answer. */
  readonly version?: string;
  /** Sent by browsers (§4.1 item 8, §10.2). */
  readonly origin?: string;
  /** Subprotocols offered, most preferred first (§4.1 item 10). */
  readonly protocols?: readonly string[];
  /** Extensions offered (§4.1 item 11, §9.1). */
  readonly extensions?: readonly string[];
  /** More headers, appended after the WebSocket ones (User-Agent, Cookie …). */
  readonly headers?: readonly HttpHeader[];
}

/** What a server puts in its 101 answer (§4.2.2 step 5). */
export interface HandshakeResponseInit {
  /** The client's Sec-WebSocket-Key, from which Sec-WebSocket-Accept is computed. */
  readonly key: string;
  /** The subprotocol chosen from the client's offer, if any. */
  readonly protocol?: string;
  /** The extensions accepted, if any. */
  readonly extensions?: readonly string[];
  readonly headers?: readonly HttpHeader[];
}

/** A built handshake message: its HTTP value and its annotated bytes. */
export type HandshakeRequestMessage = EncodedMessage & { readonly request: HttpRequest };
/** A built handshake answer: its HTTP value and its annotated bytes. */
export type HandshakeResponseMessage = EncodedMessage & { readonly response: HttpResponse };

/** Why a server refuses an upgrade request. */
export type HandshakeRequestFailureReason =
  | 'notGet'
  | 'oldHttpVersion'
  | 'missingHost'
  | 'missingUpgrade'
  | 'missingConnectionUpgrade'
  | 'missingKey'
  | 'malformedKey'
  | 'unsupportedVersion'
  | 'badSubprotocolList'
  | 'originNotAllowed';

/** Why a client fails the connection after reading the server's answer (§4.1). */
export type HandshakeResponseFailureReason =
  | 'notSwitchingProtocols'
  | 'missingUpgrade'
  | 'missingConnectionUpgrade'
  | 'missingAccept'
  | 'wrongAccept'
  | 'unsupportedSubprotocol'
  | 'missingSubprotocol'
  | 'unrequestedExtension';

/** What both validators report on failure: the rule, an i18n sentence, and where (when fields were given). */
interface HandshakeFailureBase<R extends string> {
  readonly ok: false;
  readonly reason: R;
  readonly rule: string;
  /** "wserr.handshake." + reason. */
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
  /** Byte offset of the offending line, when the validator was given the message's fields. */
  readonly offset?: number;
}

/** The server refuses: it answers with `status` and `headers` instead of 101. */
export interface HandshakeRequestFailure extends HandshakeFailureBase<HandshakeRequestFailureReason> {
  readonly status: 400 | 403 | 405 | 426;
  /** Headers the refusal must carry, e.g. Sec-WebSocket-Version: 13 with a 426 (§4.4). */
  readonly headers: readonly HttpHeader[];
}

/** The client fails the WebSocket connection (§7.1.7); the application sees close code 1006. */
export interface HandshakeResponseFailure extends HandshakeFailureBase<HandshakeResponseFailureReason> {
  readonly closeCode: number;
}

/** A request the server can accept, with everything it needs to answer. */
export interface AcceptedHandshakeRequest {
  readonly ok: true;
  readonly key: string;
  /** The Sec-WebSocket-Accept value to send back. */
  readonly accept: string;
  readonly host: string;
  readonly origin?: string;
  /** Subprotocols the client offered, in its order. */
  readonly protocols: readonly string[];
  /** The one the server picked (first offered that it supports), if any. */
  readonly protocol?: string;
  /** Extensions the client offered (list elements as sent). */
  readonly extensions: readonly string[];
}

/** A server answer the client accepts: the connection is open. */
export interface AcceptedHandshakeResponse {
  readonly ok: true;
  readonly protocol?: string;
  readonly extensions: readonly string[];
}

/** Result of `validateHandshakeRequest`. */
export type HandshakeRequestResult = AcceptedHandshakeRequest | HandshakeRequestFailure;
/** Result of `validateHandshakeResponse`. */
export type HandshakeResponseResult = AcceptedHandshakeResponse | HandshakeResponseFailure;
