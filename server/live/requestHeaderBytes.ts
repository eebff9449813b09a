/**
 * How many header bytes a request arrived with: measured on the wire by the
 * connection's HeadMeter when it could follow the stream, otherwise rebuilt
 * from the parsed request (request line + `name: value` lines + the empty line),
 * which equals the wire count for clients that write one space after each colon
 * and no trailing spaces, as browsers, fetch and curl do.
 */
import type { IncomingMessage } from 'node:http';
import type { HeadMeter } from './headMeter';

/** One header line as received: its name and its size (name, ": ", value, CRLF). */
export interface HeaderLineSize {
  readonly name: string;
  readonly bytes: number;
}

/** A header byte count and how it was obtained, with the header lines it was made of. */
export interface HeaderByteCount {
  readonly bytes: number;
  readonly measuredBy: 'wire' | 'rebuilt';
  /** Each header line in the order received (sizes rebuilt from the parsed headers; the live panel names the lines its model got wrong). */
  readonly lines: readonly HeaderLineSize[];
}

const CRLF_BYTES = 2;
// ": " between a header's name and its value.
const SEPARATOR_BYTES = 2;

/** The header bytes of `req`, from its connection's meter when it has the count. */
export function requestHeaderBytes(req: IncomingMessage, meter: HeadMeter | undefined): HeaderByteCount {
  const measured = meter?.take();
  const lines: HeaderLineSize[] = [];
  const raw = req.rawHeaders;
  // Node keeps header bytes as latin1 strings, one character per byte received.
  for (let i = 0; i + 1 < raw.length; i += 2) {
    lines.push({ name: raw[i]!, bytes: Buffer.byteLength(raw[i]!, 'latin1') + SEPARATOR_BYTES + Buffer.byteLength(raw[i + 1]!, 'latin1') + CRLF_BYTES });
  }
  if (measured !== undefined) return { bytes: measured, measuredBy: 'wire', lines };
  let bytes = Buffer.byteLength(`${req.method} ${req.url} HTTP/${req.httpVersion}`, 'latin1') + CRLF_BYTES;
  for (const line of lines) bytes += line.bytes;
  return { bytes: bytes + CRLF_BYTES, measuredBy: 'rebuilt', lines };
}
