// Literal fixtures from sockjs-protocol 0.3.3 (its xhr-polling and WebSocket tests), the tiling, and every error.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import { fieldTiling } from '../ws/fieldTiling';
import { decodeSockJsSend, encodeSockJsSend } from './clientSend';
import { decodeSockJsFrame } from './decodeFrame';
import { encodeSockJsFrame } from './encodeFrame';
import { quoteMessage } from './quoteMessage';

const text = (s: string) => encodeUtf8(s);

describe('encodeSockJsFrame', () => {
  it('writes the protocol\'s xhr-polling bodies, each ending in a newline', () => {
    expect(encodeSockJsFrame({ type: 'open' }, { newline: true }).text).toBe('o\n');
    expect(encodeSockJsFrame({ type: 'array', messages: ['a'] }, { newline: true }).text).toBe('a["a"]\n');
    expect(encodeSockJsFrame({ type: 'close', code: 2010, reason: 'Another connection still open' }, { newline: true }).text).toBe('c[2010,"Another connection still open"]\n');
  });

  it('writes the WebSocket frames without a newline', () => {
    expect(encodeSockJsFrame({ type: 'heartbeat' }).text).toBe('h');
    expect(encodeSockJsFrame({ type: 'close', code: 3000, reason: 'Go away!' }).text).toBe('c[3000,"Go away!"]');
  });

  it('escapes line separators and surrogate pairs as \\u sequences, leaving Hangul as is', () => {
    expect(encodeSockJsFrame({ type: 'array', messages: ['a\u2028b', '😀', '한'] }).text).toBe('a["a\\u2028b","\\ud83d\\ude00","한"]');
  });

  it('annotates type, messages, close code and reason, syntax and newline, tiling every byte', () => {
    const a = encodeSockJsFrame({ type: 'array', messages: ['x', 'yz'] }, { newline: true, annotate: true });
    expect(fieldTiling(a.fields!, a.bytes.length)).toEqual({ ok: true });
    expect(a.fields!.map((f) => [f.name, decodeUtf8(a.bytes, f.start, f.end)])).toEqual([
      ['sockjs-type', 'a'], ['json-syntax', '['], ['sockjs-message', '"x"'], ['json-syntax', ','], ['sockjs-message', '"yz"'], ['json-syntax', ']'], ['sockjs-newline', '\n'],
    ]);
    const c = encodeSockJsFrame({ type: 'close', code: 3000, reason: 'Go away!' }, { annotate: true });
    expect(fieldTiling(c.fields!, c.bytes.length)).toEqual({ ok: true });
    expect(c.fields!.filter((f) => f.name.startsWith('sockjs-close')).map((f) => f.value)).toEqual(['3000', '"Go away!"']);
    const o = encodeSockJsFrame({ type: 'open' }, { annotate: true });
    expect(o.fields).toEqual([{ name: 'sockjs-type', start: 0, end: 1, value: 'o', meaning: 'sockjsfield.type.open' }]);
  });
});

describe('decodeSockJsFrame', () => {
  it('reads every frame type, with and without the newline', () => {
    expect(decodeSockJsFrame(text('o\n'))).toEqual({ ok: true, frame: { type: 'open' }, newline: true });
    expect(decodeSockJsFrame(text('h'))).toEqual({ ok: true, frame: { type: 'heartbeat' }, newline: false });
    expect(decodeSockJsFrame(text('a["a","\\u2028"]'))).toEqual({ ok: true, frame: { type: 'array', messages: ['a', '\u2028'] }, newline: false });
    expect(decodeSockJsFrame(text('m"hi"'))).toEqual({ ok: true, frame: { type: 'message', message: 'hi' }, newline: false });
    expect(decodeSockJsFrame(text('c[3000,"Go away!"]\n'))).toEqual({ ok: true, frame: { type: 'close', code: 3000, reason: 'Go away!' }, newline: true });
  });

  it('refuses an empty frame, an unknown letter, data after o, broken JSON, a non-string message and a malformed close', () => {
    expect(decodeSockJsFrame(text('\n'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_EMPTY_FRAME', offset: 0 } });
    expect(decodeSockJsFrame(text('x[]'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_UNKNOWN_FRAME_TYPE', values: { char: 'x' } } });
    expect(decodeSockJsFrame(text('ox'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_UNEXPECTED_DATA', offset: 1 } });
    expect(decodeSockJsFrame(text('a["a'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_INVALID_JSON', offset: 1 } });
    expect(decodeSockJsFrame(text('a[1]'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_NOT_STRING_ARRAY' } });
    expect(decodeSockJsFrame(text('c["3000","x"]'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_BAD_CLOSE' } });
  });
});

describe('the client\'s sends', () => {
  it('writes a batch of messages as one JSON array and annotates each', () => {
    const out = encodeSockJsSend(['x', 'y'], { annotate: true });
    expect(out.text).toBe('["x","y"]');
    expect(fieldTiling(out.fields!, out.bytes.length)).toEqual({ ok: true });
  });

  it('answers an xhr_send as sockjs-node does: 500 "Broken JSON encoding." and "Payload expected."', () => {
    expect(decodeSockJsSend(text('["x'))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_BROKEN_JSON' }, answer: { kind: 'http', status: 500, body: 'Broken JSON encoding.' } });
    expect(decodeSockJsSend(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'SOCKJS_ERR_PAYLOAD_EXPECTED' }, answer: { body: 'Payload expected.' } });
    expect(decodeSockJsSend(text('"x"'))).toMatchObject({ ok: false, answer: { body: 'Payload expected.' } });
    expect(decodeSockJsSend(text('["a"]'))).toEqual({ ok: true, messages: ['a'] });
  });

  it('on a WebSocket takes one JSON string as one message, and closes with 3000 on broken JSON', () => {
    expect(decodeSockJsSend(text('"x"'), { transport: 'websocket', annotate: true })).toMatchObject({ ok: true, messages: ['x'], fields: [{ name: 'sockjs-message', start: 0, end: 3 }] });
    expect(decodeSockJsSend(text('["a'), { transport: 'websocket' })).toMatchObject({ ok: false, answer: { kind: 'close', code: 3000, reason: 'Broken framing.' } });
  });

  it('flags items that are not strings, which sockjs-node would pass on unchanged', () => {
    expect(decodeSockJsSend(text('[1]'))).toEqual({ ok: false, error: expect.objectContaining({ code: 'SOCKJS_ERR_NOT_STRING_ARRAY' }) });
  });
});

describe('quoteMessage', () => {
  it('escapes each side\'s ranges, lone surrogates included, and leaves the characters between them as they are', () => {
    const cases: [string, string, string][] = [
      // message, the server's literal, the client's literal
      ['\u200c', '"\\u200c"', '"\u200c"'],
      ['\u2027', '"\u2027"', '"\u2027"'],
      ['\u2028', '"\\u2028"', '"\u2028"'],
      ['\u2070', '"\u2070"', '"\u2070"'],
      ['\ud800', '"\\ud800"', '"\\ud800"'],
      ['\ud83d\ude00', '"\\ud83d\\ude00"', '"\\ud83d\\ude00"'],
      ['\ufff0', '"\\ufff0"', '"\\ufff0"'],
      ['a"b\n', '"a\\"b\\n"', '"a\\"b\\n"'],
    ];
    for (const [message, server, client] of cases) {
      expect(quoteMessage(message)).toBe(server);
      expect(quoteMessage(message, 'client')).toBe(client);
    }
  });
});
