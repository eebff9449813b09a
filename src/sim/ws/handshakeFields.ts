/**
 * The HTTP codec annotates any header generically; the WebSocket headers get
 * their own explanations here ("wsfield.header.*").
 */
import type { Field } from '../timeline/types';

const MEANINGS: Readonly<Record<string, string>> = {
  'upgrade': 'wsfield.header.upgrade',
  'connection': 'wsfield.header.connection',
  'origin': 'wsfield.header.origin',
  'sec-websocket-key': 'wsfield.header.key',
  'sec-websocket-version': 'wsfield.header.version',
  'sec-websocket-accept': 'wsfield.header.accept',
  'sec-websocket-protocol': 'wsfield.header.protocol',
  'sec-websocket-extensions': 'wsfield.header.extensions',
};

const HEADER_PREFIX = 'header:';

/** Returns `fields` with the WebSocket headers' meanings replaced by their "wsfield.header.*" keys. */
export function withHandshakeMeanings(fields: readonly Field[]): Field[] {
  return fields.map((f) => {
    if (!f.name.startsWith(HEADER_PREFIX)) return f;
    const meaning = MEANINGS[f.name.slice(HEADER_PREFIX.length).toLowerCase()];
    return meaning === undefined ? f : { ...f, meaning };
  });
}

/** Where a handshake failure points: the start line, a header line, or the blank line where a missing header belongs. */
export type HandshakeLine = { readonly at: 'start-line' } | { readonly at: 'header'; readonly name: string } | { readonly at: 'end-of-head' };

/** The byte offset of `line` in a message annotated by `fields`, or undefined without fields. */
export function handshakeLineOffset(fields: readonly Field[] | undefined, line: HandshakeLine): number | undefined {
  if (!fields || fields.length === 0) return undefined;
  if (line.at === 'start-line') return fields[0]!.start;
  const wanted = line.at === 'header' ? `${HEADER_PREFIX}${line.name.toLowerCase()}` : 'blank-line';
  return fields.find((f) => f.name.toLowerCase() === wanted)?.start;
}
