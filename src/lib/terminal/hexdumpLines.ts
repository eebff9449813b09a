import { BYTES_PER_ROW, hexRows } from '../hexRows';

/** How many bytes a dump shows before it says how many more there are. */
export const DEFAULT_DUMP_LIMIT = 256;

/** A plain hexdump: the rows, and how many bytes were left out. */
export interface Hexdump {
  /** "0000  47 45 54 20 …  GET ␍␊", one per 16 bytes. */
  readonly rows: readonly string[];
  /** Bytes past the limit, not shown (0 when the dump is whole). */
  readonly omitted: number;
}

const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;

/**
 * Lays out at most `limit` bytes as `xxd`-style rows: offset, `bytesPerRow` hex
 * bytes (16 by default; fewer on a narrow terminal, see dumpBytesPerRow; rows
 * and offsets from `hexRows`, as the inspector lays them out), then the bytes
 * as ASCII with "." for anything else — terminal fonts lack the ␍␊ glyphs.
 */
export function hexdumpLines(bytes: Uint8Array, limit: number = DEFAULT_DUMP_LIMIT, bytesPerRow: number = BYTES_PER_ROW): Hexdump {
  const shown = bytes.subarray(0, Math.max(0, limit));
  // Two hex digits a byte and a space between bytes: a short last row is padded so its text lines up.
  const hexWidth = bytesPerRow * 3 - 1;
  const rows = hexRows(shown, [], bytesPerRow).map((row) => {
    const hex = row.runs.map((run) => run.hex).join(' ');
    const length = row.runs.reduce((sum, run) => sum + run.length, 0);
    return `${row.label}  ${hex.padEnd(hexWidth)}  ${asciiColumn(shown.subarray(row.offset, row.offset + length))}`;
  });
  return { rows, omitted: bytes.length - shown.length };
}

function asciiColumn(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= FIRST_PRINTABLE && byte <= LAST_PRINTABLE ? String.fromCharCode(byte) : '.';
  return text;
}
