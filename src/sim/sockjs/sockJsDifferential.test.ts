// Differential tests against the real sockjs server's framing helpers and sockjs-client's quoting.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { decodeSockJsSend, encodeSockJsSend } from './clientSend';
import { decodeSockJsFrame } from './decodeFrame';
import { encodeSockJsFrame } from './encodeFrame';

const require = createRequire(import.meta.url);
const serverUtils = require('sockjs/lib/utils.js') as { quote(s: string): string };
const clientEscape = require('sockjs-client/lib/utils/escape.js') as { quote(s: string): string };

const message = fc.string({ unit: 'binary', maxLength: 24 });

describe('SockJS frames against sockjs-node', () => {
  it('writes an array frame exactly as sockjs-node\'s session does (a + [quoted,…])', () => {
    fc.assert(fc.property(fc.array(message, { maxLength: 5 }), (messages) => {
      const theirs = 'a[' + messages.map(serverUtils.quote).join(',') + ']';
      expect(encodeSockJsFrame({ type: 'array', messages }).text).toBe(theirs);
    }), { numRuns: 300 });
  });

  it('writes a close frame exactly as sockjs-node does (c + JSON.stringify([code, reason]))', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 4999 }), message, (code, reason) => {
      expect(encodeSockJsFrame({ type: 'close', code, reason }).text).toBe('c' + JSON.stringify([code, reason]));
    }));
  });

  it('reads back every array frame sockjs-node writes', () => {
    fc.assert(fc.property(fc.array(message, { maxLength: 5 }), (messages) => {
      const wire = encodeUtf8('a[' + messages.map(serverUtils.quote).join(',') + ']\n');
      expect(decodeSockJsFrame(wire)).toEqual({ ok: true, frame: { type: 'array', messages }, newline: true });
    }), { numRuns: 300 });
  });
});

describe('SockJS sends against sockjs-client', () => {
  it('reads every batch sockjs-client sends, as sockjs-node would', () => {
    fc.assert(fc.property(fc.array(message, { minLength: 1, maxLength: 5 }), (messages) => {
      const wire = encodeUtf8('[' + messages.map(clientEscape.quote).join(',') + ']');
      expect(decodeSockJsSend(wire)).toEqual({ ok: true, messages });
    }), { numRuns: 300 });
  });

  it('writes the same bytes as sockjs-client for text without the combining marks only the client escapes', () => {
    const plain = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), fc.constantFrom('한', '글', 'é', '€', '😀', '\u2028', '\n')), maxLength: 16 });
    fc.assert(fc.property(fc.array(plain, { minLength: 1, maxLength: 4 }), (messages) => {
      expect(encodeSockJsSend(messages).text).toBe('[' + messages.map(clientEscape.quote).join(',') + ']');
    }), { numRuns: 300 });
  });
});
