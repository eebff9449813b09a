import { describe, expect, it } from 'vitest';
import { CLASSIC_COUNTED_BYTES, classicHeaderExample } from './classicHeaderExample';
import { fieldsTile } from './fieldsTile';
import { textOf } from './testBytes';

describe('classicHeaderExample', () => {
  const ex = classicHeaderExample();

  it('reproduces the article\'s 871: the characters of its header lines, line ends not counted', () => {
    const lines = [...textOf(ex.requestBytes.bytes).split('\r\n'), ...textOf(ex.responseHeadBytes.bytes).split('\r\n')];
    expect(lines.reduce((n, l) => n + l.length, 0)).toBe(CLASSIC_COUNTED_BYTES);
    expect(CLASSIC_COUNTED_BYTES).toBe(871);
  });

  it('weighs 909 bytes on the wire: 716 for the request and 193 for the response head', () => {
    // request: 692 characters on 11 lines → 11 CRLFs + blank line = 692 + 22 + 2 = 716
    // response: 179 characters on 6 lines → 179 + 12 + 2 = 193
    expect(ex.requestBytes.bytes.length).toBe(716);
    expect(ex.responseHeadBytes.bytes.length).toBe(193);
    expect(ex.wireBytes).toBe(909);
  });

  it('keeps the capture\'s "HTTP/1.x" status line and the 10 request headers in the article\'s order', () => {
    expect(textOf(ex.responseHeadBytes.bytes).startsWith('HTTP/1.x 200 OK\r\nX-Powered-By: Servlet/2.5\r\n')).toBe(true);
    expect(ex.request.headers.map((h) => h.name)).toEqual([
      'Host', 'User-Agent', 'Accept', 'Accept-Language', 'Accept-Encoding', 'Accept-Charset', 'Keep-Alive', 'Connection', 'Referer', 'Cookie',
    ]);
  });

  it('annotates every byte of both heads', () => {
    expect(fieldsTile(ex.requestBytes.fields, ex.requestBytes.bytes.length)).toBe(true);
    expect(fieldsTile(ex.responseHeadBytes.fields, ex.responseHeadBytes.bytes.length)).toBe(true);
  });
});
