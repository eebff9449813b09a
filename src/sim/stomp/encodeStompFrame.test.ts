import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { fieldTiling } from '../ws/fieldTiling';
import { encodeStompFrame } from './encodeStompFrame';
import { text, wire } from './testBytes';

describe('encodeStompFrame', () => {
  it('writes the spec’s SEND example: command, headers, blank line, body, NUL', () => {
    const { bytes } = encodeStompFrame({ command: 'SEND', headers: [{ name: 'destination', value: '/queue/a' }, { name: 'content-type', value: 'text/plain' }], body: encodeUtf8('hello queue a') }, { contentLength: false });
    expect(text(bytes)).toBe('SEND\ndestination:/queue/a\ncontent-type:text/plain\n\nhello queue a\0');
  });

  it('adds content-length for a body unless told not to', () => {
    const { bytes } = encodeStompFrame({ command: 'SEND', headers: [{ name: 'destination', value: '/topic/x' }], body: encodeUtf8('hi') });
    expect(bytes).toEqual(wire('SEND\ndestination:/topic/x\ncontent-length:2\n\nhi^@'));
  });

  it('always counts a body that holds a NUL octet, which would otherwise end the frame', () => {
    const { bytes } = encodeStompFrame({ command: 'SEND', headers: [{ name: 'destination', value: '/q' }], body: Uint8Array.of(1, 0, 2) }, { contentLength: false });
    expect(text(bytes)).toContain('content-length:3\n');
  });

  it('escapes CR, LF, colon and backslash in header names and values', () => {
    const { bytes } = encodeStompFrame({ command: 'MESSAGE', headers: [{ name: 'a:b', value: 'x\r\ny:\\' }], body: new Uint8Array(0) });
    expect(text(bytes)).toBe('MESSAGE\na\\cb:x\\r\\ny\\c\\\\\n\n\0');
  });

  it('does not escape CONNECT and CONNECTED headers, nor anything in 1.0', () => {
    expect(text(encodeStompFrame({ command: 'CONNECT', headers: [{ name: 'host', value: 'a:b' }], body: new Uint8Array(0) }).bytes)).toBe('CONNECT\nhost:a:b\n\n\0');
    expect(text(encodeStompFrame({ command: 'SEND', headers: [{ name: 'destination', value: 'a:b' }], body: new Uint8Array(0) }, { version: '1.0' }).bytes)).toBe('SEND\ndestination:a:b\n\n\0');
  });

  it('ends lines with CR LF when asked', () => {
    const { bytes } = encodeStompFrame({ command: 'DISCONNECT', headers: [{ name: 'receipt', value: '77' }], body: new Uint8Array(0) }, { eol: 'crlf' });
    expect(text(bytes)).toBe('DISCONNECT\r\nreceipt:77\r\n\r\n\0');
  });

  it('annotates every byte once, marking a repeated header as ignored', () => {
    const { bytes, fields, overheadBytes } = encodeStompFrame({ command: 'SEND', headers: [{ name: 'destination', value: '/a' }, { name: 'destination', value: '/b' }, { name: 'x-k', value: 'v' }], body: encodeUtf8('body') }, { eol: 'crlf' });
    expect(fieldTiling(fields, bytes.length)).toEqual({ ok: true });
    expect(fields.map((f) => f.meaning).filter((m) => m.startsWith('stompfield.header'))).toEqual(['stompfield.header.destination', 'stompfield.header.repeated', 'stompfield.header.custom', 'stompfield.header.content-length']);
    expect(overheadBytes).toBe(bytes.length - 4);
  });
});

describe('encodeStompFrame without annotation', () => {
  it('writes the same bytes and overhead as the annotated encoding, with no fields', () => {
    const frame = { command: 'MESSAGE' as const, headers: [{ name: 'destination', value: '/queue/a:b' }, { name: 'message-id', value: '7' }], body: encodeUtf8('{"n":1} 핸') };
    const annotated = encodeStompFrame(frame);
    const bare = encodeStompFrame(frame, { annotate: false });
    expect(bare.bytes).toEqual(annotated.bytes);
    expect(bare.overheadBytes).toBe(annotated.overheadBytes);
    expect(bare.fields).toEqual([]);
  });
});
