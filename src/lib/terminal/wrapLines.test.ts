import { describe, expect, it } from 'vitest';
import { line, toPlainText } from './terminalLine';
import { wrapLines } from './wrapLines';

const plain = (lines: ReturnType<typeof wrapLines>) => lines.map(toPlainText);

describe('wrapLines', () => {
  it('leaves a line that fits alone', () => {
    expect(plain(wrapLines([line('short line')], 20))).toEqual(['short line']);
  });

  it('breaks a long sentence at spaces and indents what follows', () => {
    expect(plain(wrapLines([line('the quick brown fox jumps over')], 12))).toEqual(['the quick', '  brown fox', '  jumps over']);
  });

  it('keeps each segment’s tone across the break', () => {
    const [first, second] = wrapLines([[{ text: 'aaa bbb ', tone: 'client' }, { text: 'ccc ddd', tone: 'muted' }]], 9);
    expect(first).toEqual([{ text: 'aaa bbb', tone: 'client' }]);
    expect(second).toEqual([{ text: '  ' }, { text: 'ccc ddd', tone: 'muted' }]);
  });

  it('cuts a word longer than the width', () => {
    const rows = plain(wrapLines([line('x'.repeat(25))], 10));
    expect(rows.every((row) => row.length <= 10)).toBe(true);
    expect(rows.join('').replace(/ /g, '')).toBe('x'.repeat(25));
  });
});
