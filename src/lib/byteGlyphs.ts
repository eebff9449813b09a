const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;
// Control pictures make line endings visible, which is the point of an HTTP lesson.
const CR_GLYPH = '\u240d';
const LF_GLYPH = '\u240a';
const SPACE_GLYPH = '\u2423';
const UNPRINTABLE_GLYPH = '·';

/** How bytes read as text in an inspector: ASCII as itself, CR LF as ␍␊, anything else as "·"; with `visibleSpace`, a space as ␣. */
export function byteGlyphs(bytes: ArrayLike<number>, visibleSpace = false): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += glyph(bytes[i]!, visibleSpace);
  return out;
}

function glyph(byte: number, visibleSpace: boolean): string {
  if (byte === CR) return CR_GLYPH;
  if (byte === LF) return LF_GLYPH;
  if (byte === SPACE && visibleSpace) return SPACE_GLYPH;
  if (byte >= FIRST_PRINTABLE && byte <= LAST_PRINTABLE) return String.fromCharCode(byte);
  return UNPRINTABLE_GLYPH;
}
