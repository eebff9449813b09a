import { describe, expect, it } from 'vitest';
import { parseSseStream } from './parseSseStream';
import { encodeSseEvent } from './encodeSseEvent';
import { fieldsTile } from './fieldsTile';
import { bytesOf } from './testBytes';

const eventsOf = (text: string) => {
  const r = parseSseStream(text);
  if (!r.ok) throw new Error(`expected events, got ${JSON.stringify(r)}`);
  return r.value.events.map((e) => ({ type: e.type, data: e.data, lastEventId: e.lastEventId }));
};

describe('parseSseStream', () => {
  it('reads the WHATWG stock ticker example as one event with data "YHOO\\n+2\\n10"', () => {
    expect(eventsOf('data: YHOO\ndata: +2\ndata: 10\n\n')).toEqual([{ type: 'message', data: 'YHOO\n+2\n10', lastEventId: '' }]);
  });

  it('reads the WHATWG example with a comment, ids and a reset id', () => {
    const stream = ': test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n';
    expect(eventsOf(stream)).toEqual([
      { type: 'message', data: 'first event', lastEventId: '1' },
      // An "id" line with no value resets the last event ID to the empty string.
      { type: 'message', data: 'second event', lastEventId: '' },
      // Only one leading space is removed.
      { type: 'message', data: ' third event', lastEventId: '' },
    ]);
  });

  it('does not dispatch the last block until a blank line ends it', () => {
    const stream = 'data: first event\nid: 1\n\ndata:  third event\n';
    const r = parseSseStream(stream);
    expect(r.ok && r.value.events.map((e) => e.data)).toEqual(['first event']);
    // "data: first event\n" 18 + "id: 1\n" 6 + "\n" 1 = 25
    expect(r.ok && r.consumed).toBe(25);
  });

  it('reads the WHATWG empty-data example: "" then "\\n", and drops the unterminated block', () => {
    expect(eventsOf('data\n\ndata\ndata\n\ndata:')).toEqual([
      { type: 'message', data: '', lastEventId: '' },
      { type: 'message', data: '\n', lastEventId: '' },
    ]);
  });

  it('reads "data:test" and "data: test" as the same data', () => {
    expect(eventsOf('data:test\n\ndata: test\n\n').map((e) => e.data)).toEqual(['test', 'test']);
  });

  it('uses the event field as the type, as in the WHATWG add/remove example', () => {
    const stream = 'event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n';
    expect(eventsOf(stream)).toEqual([
      { type: 'add', data: '73857293', lastEventId: '' },
      { type: 'remove', data: '2153', lastEventId: '' },
      { type: 'add', data: '113411', lastEventId: '' },
    ]);
  });

  it('accepts CRLF and CR line endings', () => {
    expect(eventsOf('data: a\r\ndata: b\r\n\r\ndata: c\r\r').map((e) => e.data)).toEqual(['a\nb', 'c']);
  });

  it('sets retry only from a value made of digits', () => {
    const r = parseSseStream('retry: 5000\n\nretry: 5s\n\n');
    expect(r.ok && r.value.retry).toBe(5000);
  });

  it('commits an id even from a block without data, and ignores an id containing NUL', () => {
    const r = parseSseStream('id: 7\n\nid: x\u0000y\n\n');
    expect(r.ok && r.value.events).toEqual([]);
    expect(r.ok && r.value.lastEventId).toBe('7');
  });

  it('skips a leading byte order mark', () => {
    const r = parseSseStream('\ufeffdata: x\n\n');
    expect(r.ok && r.value.events[0]?.data).toBe('x');
    expect(r.ok && r.fields[0]).toMatchObject({ name: 'sse-bom', start: 0, end: 3 });
  });

  it('ignores fields it does not know', () => {
    expect(eventsOf('foo: bar\ndata: x\n\n')).toEqual([{ type: 'message', data: 'x', lastEventId: '' }]);
  });

  it('asks for more bytes while no block is complete', () => {
    expect(parseSseStream('data: hel')).toEqual({ ok: false, needMore: true });
    expect(parseSseStream('')).toEqual({ ok: false, needMore: true });
  });

  it('counts offsets in UTF-8 bytes and records each event\'s byte range', () => {
    // "data: 양방향\n" is 6 + 9 + 1 = 16 bytes, then the blank line
    const r = parseSseStream('data: 양방향\n\n');
    expect(r.ok && r.consumed).toBe(17);
    expect(r.ok && r.value.events[0]).toMatchObject({ data: '양방향', start: 0, end: 17 });
  });

  it('parses what encodeSseEvent wrote into the same event and the same fields', () => {
    const m = encodeSseEvent({ comment: 'hi', id: '42', event: 'tick', retry: 3000, data: 'line one\nline two' });
    const r = parseSseStream(m.bytes);
    expect(r.ok && r.value).toMatchObject({ events: [{ type: 'tick', data: 'line one\nline two', lastEventId: '42' }], lastEventId: '42', retry: 3000 });
    expect(r.ok && r.fields).toEqual(m.fields);
  });

  it('keeps the whole data value of a long event in its field, as the encoder does', () => {
    const m = encodeSseEvent({ data: 'x'.repeat(1000) });
    const r = parseSseStream(m.bytes);
    expect(r.ok && r.fields).toEqual(m.fields);
  });

  it('annotates every consumed byte of a stream of many events', () => {
    const stream = bytesOf(': ping\n\ndata: a\nid: 1\n\nevent: x\r\ndata\r\n\r\nretry: 10\n\ndata: partial');
    const r = parseSseStream(stream);
    expect(r.ok && fieldsTile(r.fields, r.consumed)).toBe(true);
  });
});
