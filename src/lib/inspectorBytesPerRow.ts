import { BYTES_PER_ROW } from './hexRows';

// A monospace character is about 0.6 em wide (DejaVu Sans Mono 0.602, Menlo 0.602, Consolas 0.55).
const CH_PER_EM = 0.6;
// The offset column (6ch: HexDump's minimum, enough for any message under 16 MB) and the two 1.5ch gaps.
const FIXED_CH = 6 + 3;
// The dump's border and left padding, in px; the text may run into the right padding.
const FIXED_PX = 10;

/**
 * Bytes per row of the inspector's hexdump in a box `widthPx` wide at
 * `fontPx`: 16 when a whole row (offset, 3ch a byte of hex, 1ch a byte of
 * text) fits, else 8, so a phone sees the text column instead of having to
 * scroll to it. 16 while the width is unknown (0: before layout, or none).
 */
export function inspectorBytesPerRow(widthPx: number, fontPx: number): number {
  if (widthPx <= 0 || fontPx <= 0) return BYTES_PER_ROW;
  const columns = (widthPx - FIXED_PX) / (fontPx * CH_PER_EM);
  return FIXED_CH + BYTES_PER_ROW * 4 <= columns ? BYTES_PER_ROW : BYTES_PER_ROW / 2;
}
