import { describe, expect, it } from 'vitest';
import { readCodeLanguage, writeCodeLanguage } from './codeHash';

describe('codeHash', () => {
  it('reads the language beside the step', () => {
    expect(readCodeLanguage('#step=12&code=python')).toBe('python');
  });

  it('ignores an unknown language', () => {
    expect(readCodeLanguage('#code=cobol')).toBeUndefined();
  });

  it('writes the language after the position and keeps other keys', () => {
    expect(writeCodeLanguage('#step=12&sel=3&code=c', 'java')).toBe('#step=12&sel=3&code=java');
    expect(writeCodeLanguage('', 'node')).toBe('#code=node');
  });
});
