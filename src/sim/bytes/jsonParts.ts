/**
 * Finds where the top-level children of a JSON array or object sit in its
 * UTF-8 bytes, so an annotation can point at "the event name" or "sid" and
 * leave the brackets, commas and colons to a syntax field. Structural
 * characters are ASCII, so scanning bytes is exact even with multi-byte text.
 * Call it on JSON that already parsed: malformed input returns undefined.
 */
import { decodeUtf8 } from './utf8';

/** One child: an array element, or an object member from its key's quote to its value's end. */
export interface JsonPart {
  readonly start: number;
  readonly end: number;
  /** The member's key (objects only). */
  readonly key?: string;
}

/** The container's kind and its children, with byte offsets into the scanned buffer. */
export interface JsonParts {
  readonly kind: 'array' | 'object';
  readonly parts: readonly JsonPart[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

function skipSpace(bytes: Uint8Array, at: number, end: number): number {
  while (at < end && isSpace(bytes[at]!)) at++;
  return at;
}

// Returns the offset just past the string that starts at `at` (a quote), or -1.
function skipString(bytes: Uint8Array, at: number, end: number): number {
  for (let i = at + 1; i < end; i++) {
    const b = bytes[i]!;
    if (b === BACKSLASH) i++;
    else if (b === QUOTE) return i + 1;
  }
  return -1;
}

// Returns the offset just past the value that starts at `at`, or -1.
function skipValue(bytes: Uint8Array, at: number, end: number): number {
  const first = bytes[at];
  if (first === QUOTE) return skipString(bytes, at, end);
  if (first === OPEN_ARRAY || first === OPEN_OBJECT) {
    let depth = 0;
    for (let i = at; i < end; i++) {
      const b = bytes[i]!;
      if (b === QUOTE) {
        i = skipString(bytes, i, end) - 1;
        if (i < 0) return -1;
      } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) depth++;
      else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  let i = at;
  while (i < end && bytes[i] !== COMMA && bytes[i] !== CLOSE_ARRAY && bytes[i] !== CLOSE_OBJECT && !isSpace(bytes[i]!)) i++;
  return i > at ? i : -1;
}

function keyOf(bytes: Uint8Array, start: number, end: number): string | undefined {
  try {
    const key: unknown = JSON.parse(decodeUtf8(bytes, start, end));
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The children of the array or object that fills `bytes[start, end)`; undefined for anything else. */
export function jsonParts(bytes: Uint8Array, start = 0, end = bytes.length): JsonParts | undefined {
  let at = skipSpace(bytes, start, end);
  const open = bytes[at];
  if (open !== OPEN_ARRAY && open !== OPEN_OBJECT) return undefined;
  const kind = open === OPEN_ARRAY ? 'array' : 'object';
  const close = open === OPEN_ARRAY ? CLOSE_ARRAY : CLOSE_OBJECT;
  const parts: JsonPart[] = [];
  at = skipSpace(bytes, at + 1, end);
  if (bytes[at] === close) return skipSpace(bytes, at + 1, end) === end ? { kind, parts } : undefined;
  for (;;) {
    const partStart = at;
    let key: string | undefined;
    if (kind === 'object') {
      const keyEnd = bytes[at] === QUOTE ? skipString(bytes, at, end) : -1;
      if (keyEnd < 0) return undefined;
      key = keyOf(bytes, at, keyEnd);
      at = skipSpace(bytes, keyEnd, end);
      if (bytes[at] !== COLON) return undefined;
      at = skipSpace(bytes, at + 1, end);
    }
    const valueEnd = skipValue(bytes, at, end);
    if (valueEnd < 0) return undefined;
    parts.push(key === undefined ? { start: partStart, end: valueEnd } : { start: partStart, end: valueEnd, key });
    at = skipSpace(bytes, valueEnd, end);
    if (bytes[at] === COMMA) at = skipSpace(bytes, at + 1, end);
    else if (bytes[at] === close) return skipSpace(bytes, at + 1, end) === end ? { kind, parts } : undefined;
    else return undefined;
  }
}
