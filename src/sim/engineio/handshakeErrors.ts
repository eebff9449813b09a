/**
 * The errors an engine.io server answers HTTP requests with (engine.io's
 * `Server.errors` table): the status, and a JSON body `{"code":n,"message":"…"}`.
 * "Session ID unknown" is what a client gets when its poll lands on a node
 * that never saw its session (no sticky sessions behind a load balancer).
 */
import { encodeUtf8 } from '../bytes/utf8';
import { fillGaps } from '../bytes/fillGaps';
import { jsonParts } from '../bytes/jsonParts';
import { previewText } from '../http/previewText';
import type { Field } from '../timeline/types';

/** One row of the table. */
export interface EngineIoHttpError {
  readonly code: number;
  readonly name: 'UNKNOWN_TRANSPORT' | 'UNKNOWN_SID' | 'BAD_HANDSHAKE_METHOD' | 'BAD_REQUEST' | 'FORBIDDEN' | 'UNSUPPORTED_PROTOCOL_VERSION';
  readonly message: string;
  /** The HTTP status engine.io sends with it (403 for FORBIDDEN, 400 for the rest). */
  readonly status: 400 | 403;
}

/** engine.io's error codes 0–5, in order. */
export const ENGINE_IO_HTTP_ERRORS: readonly EngineIoHttpError[] = [
  { code: 0, name: 'UNKNOWN_TRANSPORT', message: 'Transport unknown', status: 400 },
  { code: 1, name: 'UNKNOWN_SID', message: 'Session ID unknown', status: 400 },
  { code: 2, name: 'BAD_HANDSHAKE_METHOD', message: 'Bad handshake method', status: 400 },
  { code: 3, name: 'BAD_REQUEST', message: 'Bad request', status: 400 },
  { code: 4, name: 'FORBIDDEN', message: 'Forbidden', status: 403 },
  { code: 5, name: 'UNSUPPORTED_PROTOCOL_VERSION', message: 'Unsupported protocol version', status: 400 },
];

/** The JSON body for `error` (engine.io lets `allowRequest` replace a 403's message), with fields that tile it. */
export function encodeEngineIoHttpError(error: EngineIoHttpError, message = error.message): { readonly bytes: Uint8Array; readonly fields: Field[] } {
  const bytes = encodeUtf8(JSON.stringify({ code: error.code, message }));
  const parts = jsonParts(bytes)?.parts ?? [];
  const members: Field[] = parts.map((p) => ({
    name: `eio-error:${p.key ?? ''}`, start: p.start, end: p.end, value: previewText(bytes, p.start, p.end),
    meaning: p.key === 'code' ? `eiofield.httpError.${error.name}` : 'eiofield.httpError.message',
  }));
  return { bytes, fields: fillGaps(bytes, members, 0, bytes.length, 'json-syntax', 'eiofield.jsonSyntax') };
}

/** The table row a body names, or undefined for a body that is not an engine.io error. */
export function parseEngineIoHttpError(body: string): EngineIoHttpError | undefined {
  try {
    const value = JSON.parse(body) as { code?: unknown };
    return typeof value === 'object' && value !== null ? ENGINE_IO_HTTP_ERRORS.find((e) => e.code === value.code) : undefined;
  } catch {
    return undefined;
  }
}
