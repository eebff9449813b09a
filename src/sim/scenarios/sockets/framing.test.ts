import { describe, expect, it } from 'vitest';
import { escapeBytes, frameMessage, MessageFramer } from './framing';

/** Feeds `bytes` to a framer in pieces of `size` and collects every message. */
const feed = (framer: MessageFramer, bytes: Uint8Array, size: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...framer.push(bytes.subarray(i, i + size)));
  return out;
};
const joined = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('framing', () => {
  it('ends a message with "\\n" for newline framing and prefixes a 4-byte big-endian length otherwise', () => {
    expect(Array.from(frameMessage('hi', 'newline'))).toEqual([104, 105, 10]);
    expect(Array.from(frameMessage('hi', 'length-prefix'))).toEqual([0, 0, 0, 2, 104, 105]);
    expect(Array.from(frameMessage('hi', 'none'))).toEqual([104, 105]);
  });

  for (const framing of ['newline', 'length-prefix'] as const) {
    it(`gives back each message whole however the stream is cut (${framing})`, () => {
      const stream = joined(frameMessage('hello', framing), frameMessage('', framing), frameMessage('wörld', framing));
      for (let size = 1; size <= stream.length; size++) {
        const framer = new MessageFramer(framing);
        expect(feed(framer, stream, size)).toEqual(['hello', '', 'wörld']);
        expect(framer.pending).toBe(0);
      }
    });
  }

  it('takes each chunk as a message without framing, so cutting the stream changes the messages', () => {
    const stream = joined(frameMessage('hello', 'none'), frameMessage('world', 'none'));
    expect(feed(new MessageFramer('none'), stream, 10)).toEqual(['helloworld']);
    expect(feed(new MessageFramer('none'), stream, 3)).toEqual(['hel', 'low', 'orl', 'd']);
  });

  it('writes bytes the way a C string literal shows them', () => {
    expect(escapeBytes(new Uint8Array([104, 10, 0, 92, 9, 13]))).toBe('h\\n\\x00\\\\\\t\\r');
  });
});
