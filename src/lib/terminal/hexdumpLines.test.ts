import { describe, expect, it } from 'vitest';
import { hexdumpLines } from './hexdumpLines';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('hexdumpLines', () => {
  it('prints offset, sixteen hex bytes and their text on each row', () => {
    const dump = hexdumpLines(ascii('GET / HTTP/1.1\r\nHost: a\r\n'));
    expect(dump.rows).toEqual([
      '0000  47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a  GET / HTTP/1.1..',
      '0010  48 6f 73 74 3a 20 61 0d 0a                       Host: a..',
    ]);
    expect(dump.omitted).toBe(0);
  });

  it('pads a short last row so the text column lines up', () => {
    const [row] = hexdumpLines(new Uint8Array([0x81, 0x02, 0x68, 0x69])).rows;
    expect(row).toBe(`0000  81 02 68 69${' '.repeat(36)}  ..hi`);
  });

  it('stops at the limit and counts the bytes it left out', () => {
    const dump = hexdumpLines(new Uint8Array(300), 256);
    expect(dump.rows).toHaveLength(16);
    expect(dump.rows.at(-1)!.startsWith('00f0  00')).toBe(true);
    expect(dump.omitted).toBe(44);
  });

  it('prints 8 bytes a row when asked, for a narrow terminal', () => {
    const dump = hexdumpLines(ascii('GET / HTTP/1.1\r\n'), 256, 8);
    expect(dump.rows).toEqual(['0000  47 45 54 20 2f 20 48 54  GET / HT', '0008  54 50 2f 31 2e 31 0d 0a  TP/1.1..']);
  });

  it('prints nothing for no bytes', () => {
    expect(hexdumpLines(new Uint8Array(0))).toEqual({ rows: [], omitted: 0 });
  });
});
