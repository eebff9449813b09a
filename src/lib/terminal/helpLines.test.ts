import { describe, expect, it } from 'vitest';
import { helpLines } from './helpLines';
import { toPlainText } from './terminalLine';

const plain = (lines: ReturnType<typeof helpLines>) => lines.map(toPlainText);

describe('helpLines', () => {
  it('lists every command', () => {
    const text = plain(helpLines()).join('\n');
    for (const name of ['/connect', '/ping', '/binary', '/close', '/hex', '/clear', '/help']) expect(text).toContain(name);
  });
});
