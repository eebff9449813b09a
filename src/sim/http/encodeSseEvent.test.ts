import { describe, expect, it } from 'vitest';
import { encodeSseEvent } from './encodeSseEvent';
import { fieldsTile } from './fieldsTile';
import { textOf } from './testBytes';

describe('encodeSseEvent', () => {
  it('writes a plain message as "data: …\\n\\n" with only the value as payload', () => {
    const m = encodeSseEvent({ data: 'This is the first message.' });
    expect(textOf(m.bytes)).toBe('data: This is the first message.\n\n');
    // "data: " 6 + 26 + "\n" 1 + blank "\n" 1 = 34
    expect([m.bytes.length, m.headerBytes, m.payloadBytes]).toEqual([34, 8, 26]);
  });

  it('splits multi-line data into one data: line per line, as the WHATWG stock example does', () => {
    const m = encodeSseEvent({ data: 'YHOO\n+2\n10' });
    expect(textOf(m.bytes)).toBe('data: YHOO\ndata: +2\ndata: 10\n\n');
    expect(m.payloadBytes).toBe(8);
  });

  it('treats CR and CRLF in data as line breaks too', () => {
    expect(textOf(encodeSseEvent({ data: 'a\r\nb\rc' }).bytes)).toBe('data: a\ndata: b\ndata: c\n\n');
  });

  it('writes comment, id, event and retry lines before the data', () => {
    const m = encodeSseEvent({ comment: 'keep-alive', id: '42', event: 'tick', retry: 5000, data: '{}' });
    expect(textOf(m.bytes)).toBe(': keep-alive\nid: 42\nevent: tick\nretry: 5000\ndata: {}\n\n');
    expect(m.fields.map((f) => f.name)).toEqual(['sse-comment', 'sse-field:id', 'sse-field:event', 'sse-field:retry', 'sse-field:data', 'sse-data', 'sse-eol', 'sse-end']);
    expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
  });

  it('writes an empty data line with no zero-width field', () => {
    const m = encodeSseEvent({ data: '' });
    expect(textOf(m.bytes)).toBe('data: \n\n');
    expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
    expect(m.payloadBytes).toBe(0);
  });

  it('turns a line break inside an id into a space so it cannot end the line early', () => {
    expect(textOf(encodeSseEvent({ id: 'a\nb', data: 'x' }).bytes)).toBe('id: a b\ndata: x\n\n');
  });

  it('counts payload in UTF-8 bytes, not characters', () => {
    // "양방향" is 3 syllables × 3 bytes
    expect(encodeSseEvent({ data: '양방향' }).payloadBytes).toBe(9);
  });
});
