import { describe, expect, it } from 'vitest';
import { inspectorBytesPerRow } from './inspectorBytesPerRow';

describe('inspectorBytesPerRow', () => {
  it('keeps 16 bytes a row in a desktop inspector (540 px at 12 px)', () => {
    expect(inspectorBytesPerRow(540, 12)).toBe(16);
  });

  it('takes 8 bytes a row in a phone-wide box', () => {
    expect(inspectorBytesPerRow(322, 12)).toBe(8);
  });

  it('keeps 16 while the width is not known yet', () => {
    expect(inspectorBytesPerRow(0, 12)).toBe(16);
  });
});
