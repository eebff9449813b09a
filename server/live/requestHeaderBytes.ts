/**
 * How many header bytes a request arrived with: measured on the wire by the
 * connection's HeadMeter when it could follow the stream, otherwise rebuilt
 * from the parsed request (request line + `name: value` lines + the empty line),
 * which equals the wire count for clients that write one space after each colon
 * and no trailing spaces, as browsers, fetch and curl do.
 */
import type { IncomingMessage } from 'node:http';
import type { HeadMeter } from './headMeter';

/** A header byte count and how it was obtained. */
export interface HeaderByteCount {
  readonly bytes: number;
  readonly measuredBy: 'wire' | 'rebuilt';
}

const CRLF_BYTES = 2;
// ": " between a header's name and its value.
const SEPARATOR_BYTES = 2;

/** The header bytes of `req`, from its connection's meter when it has the count. */
export function requestHeaderBytes(req: IncomingMessage, meter: HeadMeter | undefined): HeaderByteCount {
  const measured = meter?.take();
  if (measured !== undefined) return { bytes: measured, measuredBy: 'wire' };
  // Node keeps header bytes as latin1 strings, one character per byte received.
  let bytes = Buffer.byteLength(`${req.method} ${req.url} HTTP/${req.httpVersion}`, 'latin1') + CRLF_BYTES;
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) bytes += Buffer.byteLength(raw[i]!, 'latin1') + SEPARATOR_BYTES + Buffer.byteLength(raw[i + 1]!, 'latin1') + CRLF_BYTES;
  return { bytes: bytes + CRLF_BYTES, measuredBy: 'rebuilt' };
}
