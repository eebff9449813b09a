import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../sim';
import type { MirrorReport } from './labMessage';
import { sessionLines } from './sessionLines';
import { toPlainText } from './terminalLine';

const plain = (lines: readonly (readonly { text: string }[])[]) => lines.map((l) => toPlainText(l));

// RFC 6455 §5.7: a masked "Hello" from a client.
const maskedHello: MirrorReport = {
  index: 0, fin: true, opcode: 1, opcodeName: 'text', masked: true, maskingKey: '37 fa 21 3d', lengthEncoding: '7-bit',
  payloadLength: 5, headerLength: 6, headerHex: '81 85 37 fa 21 3d', payloadHex: '48 65 6c 6c 6f',
};

describe('sessionLines', () => {
  it('prints a sent text message with its direction, opcode, length and text', () => {
    const lines = plain(sessionLines({ kind: 'sent', opcode: 'text', payload: encodeUtf8('Hello'), text: 'Hello' }, { hex: false }));
    expect(lines).toEqual(['→ text  5 bytes  “Hello”']);
  });

  it('prints a sent Close frame with its code and reason', () => {
    const lines = plain(sessionLines({ kind: 'sent', opcode: 'close', payload: new Uint8Array([0x03, 0xe8, 0x62, 0x79, 0x65]) }, { hex: false }));
    expect(lines).toEqual(['→ close  5 bytes  code 1000, reason “bye”']);
  });

  it('follows a frame with its hexdump when hex is on', () => {
    const lines = plain(sessionLines({ kind: 'sent', opcode: 'binary', payload: new Uint8Array([1, 2, 0xff]) }, { hex: true }));
    expect(lines[1]).toMatch(/^ {4}0000 {2}01 02 ff/);
  });

  it('prints an echo with the round trip', () => {
    const lines = plain(sessionLines({ kind: 'echo', data: 'Hello', envelopeBytes: 71, roundTripMs: 1.25 }, { hex: false }));
    expect(lines[0]).toBe('← text  71 bytes  echo of “Hello”  round trip 1.3 ms');
  });

  it('shows the frame the server read: opcode, flags, masking key and the real header', () => {
    const lines = plain(sessionLines({ kind: 'mirror', frame: maskedHello }, { hex: false }));
    expect(lines[0]).toContain('text (opcode 0x1)  FIN=1 MASK=1  length 5 (7-bit)');
    expect(lines[1]).toContain('masking key 37 fa 21 3d, header 81 85 37 fa 21 3d');
  });

  it('explains a close in words, with the code’s name and meaning', () => {
    const lines = plain(sessionLines({ kind: 'closed', code: 1000, reason: 'bye', wasClean: true }, { hex: false }));
    expect(lines[0]).toBe('○ closed with 1000 Normal closure: The purpose of the connection was fulfilled.');
    expect(lines[1]).toContain('reason “bye”');
    expect(lines[2]).toContain('Clean close');
  });

  it('says when a close was not clean, as with 1006 after a refused connection', () => {
    const lines = plain(sessionLines({ kind: 'closed', code: 1006, reason: '', wasClean: false }, { hex: false }));
    expect(lines[0]).toMatch(/^✕ closed with 1006 Abnormal closure/);
    expect(lines.at(-1)).toContain('Not clean');
  });

  it('tells a ping request, the server’s Ping and a refusal apart', () => {
    expect(plain(sessionLines({ kind: 'ping-requested', data: 'hi', requestBytes: 30 }, { hex: false }))[0]).toMatch(/^→ ping request \(a text frame, 30 bytes\)/);
    const pinged = plain(sessionLines({ kind: 'pinged', data: 'hi' }, { hex: false }));
    expect(pinged[0]).toMatch(/^← Ping from the server, payload 2 bytes/);
    expect(pinged[1]).toContain('Pong carrying the same bytes');
    expect(plain(sessionLines({ kind: 'request-error', message: 'too long' }, { hex: false }))[0]).toBe('The server refused the request: too long');
  });
});

