// Properties of the STOMP codec on random frames: fields tile every byte, and the parser reads the encoder's bytes back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldTiling } from '../ws/fieldTiling';
import { CLIENT_COMMANDS, SERVER_COMMANDS, escapesHeaders } from './commands';
import { encodeStompFrame } from './encodeStompFrame';
import { StompParser } from './stompParser';
import type { StompEol, StompFrame } from './types';

const frames = fc.record({
  command: fc.constantFrom(...CLIENT_COMMANDS, ...SERVER_COMMANDS),
  headers: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), value: fc.string({ maxLength: 12 }) }), { maxLength: 5 }),
  body: fc.uint8Array({ maxLength: 30 }),
}).map((f): StompFrame => {
  const raw = !escapesHeaders(f.command, '1.2');
  // Unescaped frames cannot carry CR, LF or (in a name) a colon; names never say content-length (the encoder adds it).
  const headers = f.headers
    .map((h) => (raw ? { name: h.name.replace(/[\r\n:]/g, '_'), value: h.value.replace(/[\r\n]/g, '_') } : h))
    .filter((h) => h.name !== 'content-length' && /^[^\ud800-\udfff]*$/.test(h.name + h.value));
  return { command: f.command, headers, body: f.body };
});

describe('STOMP codec properties', () => {
  it('annotates every byte of every encoded frame exactly once, and the parser gives the same fields back', () => {
    fc.assert(fc.property(frames, fc.constantFrom<StompEol>('lf', 'crlf'), (frame, eol) => {
      const encoded = encodeStompFrame(frame, { eol });
      expect(fieldTiling(encoded.fields, encoded.bytes.length)).toEqual({ ok: true });
      const events = new StompParser({ annotate: true }).push(encoded.bytes);
      expect(events).toHaveLength(1);
      const [event] = events;
      if (event?.kind !== 'frame') throw new Error(`expected a frame, got ${JSON.stringify(event)}`);
      expect(event.fields).toEqual(encoded.fields);
      expect(event.frame.command).toBe(frame.command);
      expect(event.frame.headers.slice(0, frame.headers.length)).toEqual(frame.headers);
      expect([...event.frame.body]).toEqual([...frame.body]);
    }), { numRuns: 300 });
  });
});
