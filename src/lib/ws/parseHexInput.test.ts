import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToHex, hexToBytes } from '../../sim';
import { compactHex, parseHexInput } from './parseHexInput';

describe('parseHexInput', () => {
  it('tolerates spaces, line breaks, commas and 0x prefixes', () => {
    const r = parseHexInput('0x81 0x05,\n48 65\t6C6c 6f ');
    expect(r.ok && bytesToHex(r.bytes)).toBe('81 05 48 65 6c 6c 6f');
  });

  it('names the first character that is not hex, and where it is', () => {
    expect(parseHexInput('81 05 4g')).toEqual({ ok: false, problem: 'bad-character', char: 'g', index: 7 });
    expect(parseHexInput('81 😀')).toEqual({ ok: false, problem: 'bad-character', char: '😀', index: 3 });
  });

  it('says when the last byte is only half there', () => {
    expect(parseHexInput('81 0')).toEqual({ ok: false, problem: 'odd-digits', digits: 3 });
  });

  it('reads an empty text as no bytes', () => {
    expect(parseHexInput('  ')).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it('agrees with the codec on anything the codec formats, and round-trips the compact form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = parseHexInput(bytesToHex(bytes));
        expect(r.ok && r.bytes).toEqual(hexToBytes(bytesToHex(bytes)));
        const c = parseHexInput(compactHex(bytes));
        expect(c.ok && c.bytes).toEqual(bytes);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => void parseHexInput(text)));
  });
});
