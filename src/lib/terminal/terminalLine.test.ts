import { describe, expect, it } from 'vitest';
import { inert, line, lineToAnsi, toAnsi, toPlainText } from './terminalLine';

describe('terminalLine', () => {
  it('colours a toned segment with its SGR code and resets after it', () => {
    expect(lineToAnsi([{ text: '→ ', tone: 'client' }, { text: 'GET /' }])).toBe('\x1b[34m→ \x1b[0mGET /');
  });

  it('ends every line with CR LF for the terminal', () => {
    expect(toAnsi([line('a'), line('b', 'muted')])).toBe('a\r\n\x1b[90mb\x1b[0m\r\n');
  });

  it('neutralises escape sequences and line breaks inside text', () => {
    expect(inert('hi\x1b[2J\r\nthere\x07')).toBe('hi·[2J··there·');
    expect(lineToAnsi(line('\x1b]0;title\x07'))).toBe('·]0;title·');
  });

  it('reads a line as plain text without colours', () => {
    expect(toPlainText([{ text: '← ', tone: 'server' }, { text: '200 OK' }])).toBe('← 200 OK');
  });
});
