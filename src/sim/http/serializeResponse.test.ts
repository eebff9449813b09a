import { describe, expect, it } from 'vitest';
import { serializeResponse } from './serializeResponse';
import { serializeResponseHead } from './serializeResponseHead';
import { withContentLength } from './withContentLength';
import { bytesOf, textOf } from './testBytes';

describe('serializeResponse', () => {
  it('writes a 5-byte body behind a 38-byte head', () => {
    // "HTTP/1.1 200 OK" 15+2, "Content-Length: 5" 17+2, blank line 2 = 38; body 5
    const body = bytesOf('hello');
    const m = serializeResponse({ status: 200, headers: withContentLength([], body), body });
    expect(textOf(m.bytes)).toBe('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
    expect([m.bytes.length, m.headerBytes, m.payloadBytes]).toEqual([43, 38, 5]);
  });

  it('splits the status line into version, SP, status code, SP, reason and CRLF', () => {
    const m = serializeResponse({ status: 204, headers: [] });
    expect(m.fields.map((f) => [f.name, textOf(m.bytes.subarray(f.start, f.end)), f.value])).toEqual([
      ['version', 'HTTP/1.1', 'HTTP/1.1'],
      ['sp', ' ', ''],
      ['status-code', '204', '204'],
      ['sp', ' ', ''],
      ['reason', 'No Content', 'No Content'],
      ['crlf', '\r\n', ''],
      ['blank-line', '\r\n', ''],
    ]);
  });

  it('keeps the SP before an empty reason phrase, as the status-line grammar requires', () => {
    expect(textOf(serializeResponse({ status: 299, headers: [] }).bytes)).toBe('HTTP/1.1 299 \r\n\r\n');
  });

  it('writes a body far larger than its scratch buffer, byte for byte', () => {
    const body = Uint8Array.from({ length: 100_000 }, (_, i) => i % 251);
    const m = serializeResponse({ status: 200, headers: withContentLength([], body), body });
    // head: "HTTP/1.1 200 OK" 15+2, "Content-Length: 100000" 22+2, blank 2 = 43
    expect(m.bytes.length).toBe(100_043);
    expect(m.bytes.subarray(43)).toEqual(body);
    expect(m.fields.at(-1)?.value.endsWith('…')).toBe(true);
  });

  it('uses the reason phrase it is given instead of the standard one', () => {
    expect(textOf(serializeResponse({ status: 200, reason: 'Fine', headers: [] }).bytes)).toBe('HTTP/1.1 200 Fine\r\n\r\n');
  });
});

describe('serializeResponseHead', () => {
  it('stops after the blank line even when the response has a body', () => {
    const m = serializeResponseHead({ status: 200, headers: [{ name: 'Transfer-Encoding', value: 'chunked' }], body: bytesOf('ignored') });
    // "HTTP/1.1 200 OK" 15+2, "Transfer-Encoding: chunked" 26+2, blank 2 = 47
    expect(textOf(m.bytes)).toBe('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
    expect([m.bytes.length, m.payloadBytes]).toEqual([47, 0]);
  });
});
