import { describe, expect, it } from 'vitest';
import { headerList, responseHeadBytes, sseEventWireBytes, utf8Length, withoutFraming, wsServerFrameBytes } from './wireBytes';

describe('wireBytes', () => {
  it('counts a response head from its headers: status line, lines, empty line', () => {
    const headers = headerList([['content-type', 'application/json'], ['content-length', '2']]);
    // "HTTP/1.1 200 OK\r\n" 17 + "content-type: application/json\r\n" 32 + "content-length: 2\r\n" 19 + "\r\n" 2.
    expect(responseHeadBytes(200, headers)).toBe(70);
  });

  it('drops only the framing headers', () => {
    const headers = headerList([['Content-Length', '2'], ['transfer-encoding', 'chunked'], ['date', 'x']]);
    expect(withoutFraming(headers)).toEqual([{ name: 'date', value: 'x' }]);
  });

  it('counts an SSE event with its chunk framing', () => {
    // "id: 7\ndata: hi\n\n" is 16 bytes: "10\r\n" + 16 + "\r\n".
    expect(sseEventWireBytes('7', 'hi')).toBe(22);
  });

  it('adds 2, 4 or 10 header bytes to a server frame by payload length', () => {
    expect([0, 125, 126, 65535, 65536].map(wsServerFrameBytes)).toEqual([2, 127, 130, 65539, 65546]);
  });

  it('counts text in UTF-8 bytes', () => {
    expect(utf8Length('양방향')).toBe(9);
  });
});
