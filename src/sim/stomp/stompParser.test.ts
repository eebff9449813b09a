import { describe, expect, it } from 'vitest';
import { fieldTiling } from '../ws/fieldTiling';
import { StompParser, type StompParserEvent, type StompParserOptions } from './stompParser';
import { text, wire } from './testBytes';

/** Feeds `bytes` in chunks of `size` (the whole buffer when 0) and collects every event, end of stream included. */
function parse(bytes: Uint8Array, options: StompParserOptions = {}, size = 0): StompParserEvent[] {
  const parser = new StompParser(options);
  const events: StompParserEvent[] = [];
  const step = size || bytes.length || 1;
  for (let i = 0; i < bytes.length; i += step) events.push(...parser.push(bytes.subarray(i, i + step)));
  return [...events, ...parser.end()];
}

const frames = (events: StompParserEvent[]) => events.flatMap((e) => (e.kind === 'frame' ? [e] : []));
const errorOf = (events: StompParserEvent[]) => events.find((e) => e.kind === 'error')?.kind === 'error' ? (events.find((e) => e.kind === 'error') as Extract<StompParserEvent, { kind: 'error' }>).error : undefined;

describe('StompParser', () => {
  it('reads the spec’s MESSAGE example', () => {
    const [e] = frames(parse(wire('MESSAGE\nsubscription:0\nmessage-id:007\ndestination:/queue/a\ncontent-type:text/plain\n\nhello queue a^@')));
    expect(e!.frame.command).toBe('MESSAGE');
    expect(e!.frame.headers.map((h) => h.name)).toEqual(['subscription', 'message-id', 'destination', 'content-type']);
    expect(text(e!.frame.body)).toBe('hello queue a');
  });

  it('reads the same frames whether the stream comes whole, byte by byte, or in chunks of 7', () => {
    const bytes = wire('\nCONNECTED\r\nversion:1.2\r\n\r\n^@\r\n\nMESSAGE\ndestination:/t\nmessage-id:1\nsubscription:0\ncontent-length:3\n\na^@b^@\n');
    const whole = parse(bytes);
    expect(whole.map((e) => e.kind)).toEqual(['heartbeat', 'frame', 'heartbeat', 'heartbeat', 'frame', 'heartbeat']);
    expect(parse(bytes, {}, 1)).toEqual(whole);
    expect(parse(bytes, {}, 7)).toEqual(whole);
  });

  it('reports heart-beats at their offsets, CR LF as one', () => {
    const events = parse(wire('\r\n\n'));
    expect(events).toEqual([{ kind: 'heartbeat', offset: 0, length: 2 }, { kind: 'heartbeat', offset: 2, length: 1 }]);
  });

  it('reads NUL bytes inside a body counted by content-length', () => {
    const [e] = frames(parse(wire('SEND\ndestination:/q\ncontent-length:4\n\n^@a^@b^@')));
    expect([...e!.frame.body]).toEqual([0, 0x61, 0, 0x62]);
  });

  it('keeps repeated headers in order; the first content-length is the one it counts', () => {
    const [e] = frames(parse(wire('SEND\ndestination:/a\ndestination:/b\ncontent-length:1\ncontent-length:5\n\nx^@')));
    expect(e!.frame.headers.filter((h) => h.name === 'destination').map((h) => h.value)).toEqual(['/a', '/b']);
    expect(text(e!.frame.body)).toBe('x');
  });

  it('unescapes headers, except in CONNECT and in 1.0', () => {
    expect(frames(parse(wire('SEND\nk\\cx:a\\nb\\\\\n\n^@')))[0]!.frame.headers).toEqual([{ name: 'k:x', value: 'a\nb\\' }]);
    expect(frames(parse(wire('CONNECT\nhost:a\\c\n\n^@')))[0]!.frame.headers).toEqual([{ name: 'host', value: 'a\\c' }]);
    expect(frames(parse(wire('SEND\nk:a\\c\n\n^@'), { version: '1.0' }))[0]!.frame.headers).toEqual([{ name: 'k', value: 'a\\c' }]);
  });

  it('annotates every byte of a parsed frame once', () => {
    const [e] = frames(parse(wire('\nSEND\r\ndestination:/a\r\ndestination:/b\r\n\r\nhi^@'), { annotate: true }));
    expect(fieldTiling(e!.fields!, e!.length)).toEqual({ ok: true });
    expect(e!.offset).toBe(1);
  });

  it.each([
    ['an unknown command', 'HELLO\n\n^@', 'STOMP_ERR_UNKNOWN_COMMAND', 0],
    ['a header line without a colon', 'SEND\ndestination\n\n^@', 'STOMP_ERR_MALFORMED_HEADER', 5],
    ['a header with an empty name', 'SEND\n:x\n\n^@', 'STOMP_ERR_MALFORMED_HEADER', 5],
    ['an undefined escape', 'SEND\ndestination:a\\tb\n\n^@', 'STOMP_ERR_INVALID_ESCAPE', 18],
    ['a CR not followed by LF', 'SEND\rX\n\n^@', 'STOMP_ERR_BARE_CR', 4],
    ['a NUL between frames', '\n^@', 'STOMP_ERR_STRAY_NUL', 1],
    ['a content-length that is not a number', 'SEND\ncontent-length:-1\n\n^@', 'STOMP_ERR_BAD_CONTENT_LENGTH', 0],
    ['a counted body not followed by NUL', 'SEND\ncontent-length:1\n\nab^@', 'STOMP_ERR_MISSING_NUL', 24],
    ['a frame that never ends', 'SEND\n\nabc', 'STOMP_ERR_TRUNCATED_FRAME', 9],
  ])('rejects %s', (_name, input, code, offset) => {
    for (const size of [0, 1, 3]) expect(errorOf(parse(wire(input), {}, size)), `chunks of ${size}`).toMatchObject({ code, offset });
  });

  it('rejects invalid UTF-8 in a header', () => {
    const bytes = Uint8Array.of(...wire('SEND\nk:'), 0xff, ...wire('\n\n^@'));
    expect(errorOf(parse(bytes))).toMatchObject({ code: 'STOMP_ERR_INVALID_UTF8' });
  });

  it('lets a broker accept only client commands', () => {
    expect(errorOf(parse(wire('MESSAGE\n\n^@'), { role: 'server' }))).toMatchObject({ code: 'STOMP_ERR_WRONG_DIRECTION', values: { command: 'MESSAGE' } });
    expect(errorOf(parse(wire('SEND\n\n^@'), { role: 'client' }))).toMatchObject({ code: 'STOMP_ERR_WRONG_DIRECTION' });
  });

  describe('limits', () => {
    it('stops a frame larger than maxFrameBytes, counted or not, before buffering it', () => {
      expect(errorOf(parse(wire(`SEND\n\n${'x'.repeat(100)}^@`), { maxFrameBytes: 50 }, 10))).toMatchObject({ code: 'STOMP_ERR_FRAME_TOO_LARGE', values: { limit: 50 } });
      expect(errorOf(parse(wire('SEND\ncontent-length:1000\n\n'), { maxFrameBytes: 50 }))).toMatchObject({ code: 'STOMP_ERR_FRAME_TOO_LARGE' });
      expect(frames(parse(wire(`SEND\n\n${'x'.repeat(43)}^@`), { maxFrameBytes: 50 }))).toHaveLength(1);
    });

    it('stops the header after maxHeaders', () => {
      const input = `SEND\n${'a:b\n'.repeat(10_000)}\n^@`;
      expect(errorOf(parse(wire(input), { maxHeaders: 100 }))).toMatchObject({ code: 'STOMP_ERR_TOO_MANY_HEADERS', offset: 5 + 100 * 4 });
    });

    it('stops a line longer than maxHeaderLineBytes', () => {
      expect(errorOf(parse(wire(`SEND\nk:${'v'.repeat(100)}\n\n^@`), { maxHeaderLineBytes: 32 }))).toMatchObject({ code: 'STOMP_ERR_HEADER_TOO_LONG', offset: 5 + 32 });
    });
  });

  it('ignores input after an error', () => {
    const parser = new StompParser();
    expect(parser.push(wire('NOPE\n'))[0]!.kind).toBe('error');
    expect(parser.push(wire('SEND\n\n^@'))).toEqual([]);
    expect(parser.state).toBe('failed');
  });

  it('counts a frame skipped between frames in the offsets of later errors, as if it had read it', () => {
    const first = wire('SEND\ndestination:/q\n\nhi^@');
    const bad = wire('SEND\ndestination /q\n\n^@');
    const read = new StompParser();
    read.push(first);
    const skipped = new StompParser();
    expect(skipped.skipFrame(first.length)).toBe(true);
    expect(skipped.offset).toBe(read.offset);
    expect(skipped.push(bad)).toEqual(read.push(bad));
  });

  it('refuses to skip inside a frame', () => {
    const parser = new StompParser();
    parser.push(wire('SEND\ndest'));
    expect(parser.skipFrame(10)).toBe(false);
    expect(parser.offset).toBe(9);
  });
});
