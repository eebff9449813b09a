import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { CLIENT_COMMANDS, SERVER_COMMANDS } from './commands';
import { encodeStompFrame } from './encodeStompFrame';
import { stompFrameBytes } from './stompFrameBytes';
import type { StompHeader } from './types';

const lengthOf = (command: (typeof CLIENT_COMMANDS)[number] | (typeof SERVER_COMMANDS)[number], headers: StompHeader[], body: string): number => {
  const bytes = encodeUtf8(body);
  const lines = bytes.length > 0 ? [...headers, { name: 'content-length', value: String(bytes.length) }] : headers;
  return stompFrameBytes(command, lines, bytes.length);
};

describe('stompFrameBytes', () => {
  it('counts a SEND with escaped header characters and a non-ASCII body as the encoder writes it', () => {
    const headers = [{ name: 'destination', value: '/topic/a:b\\c' }, { name: 'x\ny', value: 'r\r' }];
    expect(lengthOf('SEND', headers, 'héllo 😀')).toBe(encodeStompFrame({ command: 'SEND', headers, body: encodeUtf8('héllo 😀') }).bytes.length);
  });

  it('counts CONNECT’s header lines unescaped', () => {
    const headers = [{ name: 'accept-version', value: '1.2' }, { name: 'host', value: 'a:b' }];
    expect(lengthOf('CONNECT', headers, '')).toBe(encodeStompFrame({ command: 'CONNECT', headers, body: new Uint8Array(0) }).bytes.length);
  });

  it('matches the encoder on random frames (any command, header text and body)', () => {
    const header = fc.record({ name: fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }), value: fc.string({ maxLength: 12, unit: 'binary' }) });
    fc.assert(fc.property(
      fc.constantFrom(...CLIENT_COMMANDS, ...SERVER_COMMANDS), fc.array(header, { maxLength: 5 }), fc.string({ maxLength: 30, unit: 'binary' }),
      (command, raw, body) => {
        const headers = raw.filter((h) => h.name !== 'content-length');
        expect(lengthOf(command, headers, body)).toBe(encodeStompFrame({ command, headers, body: encodeUtf8(body) }).bytes.length);
      },
    ), { numRuns: 200 });
  });
});
