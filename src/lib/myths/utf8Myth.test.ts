import { describe, expect, it } from 'vitest';
import { CLOSE_INVALID_PAYLOAD } from '../../sim';
import { utf8Myth } from './utf8Myth';

describe('utf8Myth', () => {
  const myth = utf8Myth();

  it('accepts a text frame of UTF-8, three bytes per Hangul syllable', () => {
    expect(myth.text).toMatchObject({ hex: '81 06 ec 95 88 eb 85 95', characters: 2, payloadBytes: 6, accepted: true });
  });

  it('accepts a binary frame of bytes that are not UTF-8 at all', () => {
    expect(myth.binary).toMatchObject({ hex: '82 04 00 80 fe ff', accepted: true, closeCode: undefined });
  });

  it('refuses the same bytes in a text frame with 1007', () => {
    expect(myth.badText).toMatchObject({ hex: '81 04 00 80 fe ff', accepted: false, closeCode: CLOSE_INVALID_PAYLOAD });
  });

  it('gives each example a frame lab link read by a client', () => {
    expect([myth.text.lab, myth.binary.lab, myth.badText.lab]).toEqual([
      '#hex=8106ec9588eb8595&role=client', '#hex=82040080feff&role=client', '#hex=81040080feff&role=client',
    ]);
  });
});
