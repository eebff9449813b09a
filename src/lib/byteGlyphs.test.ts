import { describe, expect, it } from 'vitest';
import { byteGlyphs } from './byteGlyphs';

describe('byteGlyphs', () => {
  it('shows CRLF as control pictures', () => {
    expect(byteGlyphs([0x0d, 0x0a])).toBe('\u240d\u240a');
  });

  it('keeps printable ASCII and dots out everything else', () => {
    expect(byteGlyphs([0x47, 0x45, 0x54, 0x00, 0x7f, 0xe2])).toBe('GET···');
  });

  it('shows a space as ␣ only when asked', () => {
    expect(byteGlyphs([0x20])).toBe(' ');
    expect(byteGlyphs([0x20], true)).toBe('\u2423');
  });
});
