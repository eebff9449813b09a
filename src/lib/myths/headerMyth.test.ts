import { describe, expect, it } from 'vitest';
import { serializeRequest } from '../../sim';
import { headerMyth, headLines } from './headerMyth';

describe('headerMyth', () => {
  const myth = headerMyth();

  it('measures the compare page poll head at a few hundred bytes, not kilobytes', () => {
    expect(myth.head).toBe(288);
  });

  it('finds User-Agent the largest line, about two fifths of the head', () => {
    expect(myth.biggest.name).toBe('User-Agent');
    expect(myth.biggest.bytes).toBe(115);
    expect(Math.round(myth.biggest.percent)).toBe(40);
  });

  it('lists the header lines largest first', () => {
    const sizes = myth.headers.map((h) => h.bytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('cuts a head into lines that add up to every byte, CR LF included', () => {
    const encoded = serializeRequest({ method: 'GET', target: '/poll', headers: [{ name: 'Host', value: 'a' }, { name: 'Cookie', value: 'x=1' }] });
    expect(headLines(encoded.fields)).toEqual([
      { name: 'request-line', bytes: 'GET /poll HTTP/1.1\r\n'.length },
      { name: 'Host', bytes: 'Host: a\r\n'.length },
      { name: 'Cookie', bytes: 'Cookie: x=1\r\n'.length },
      { name: '', bytes: 2 },
    ]);
  });

  it('shows a 4096-byte cookie making the same head over 14 times larger', () => {
    expect(myth.cookie).toMatchObject({ cookieBytes: 4096, head: 4394 });
    expect(myth.cookie.times).toBeGreaterThan(14);
  });

  it('shows HTTP itself needs far less: a head with only Host', () => {
    expect(myth.minimalHead).toBe(41);
  });

  it('puts the head beside one event payload and its 2-byte WebSocket frame header', () => {
    expect([myth.payloadBytes, myth.frameHeader]).toEqual([48, 2]);
  });
});
