import { describe, expect, it } from 'vitest';
import { HeadMeter } from './headMeter';
import { ManualClock } from './manualClock';

const TIMEOUT = 100;

function meter(): { m: HeadMeter; clock: ManualClock; timeouts: () => number } {
  const clock = new ManualClock();
  let count = 0;
  const m = new HeadMeter({ clock, timeoutMs: TIMEOUT, onTimeout: () => { count += 1; } });
  return { m, clock, timeouts: () => count };
}

const GET = 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n';

describe('HeadMeter', () => {
  it('measures a request head from the request line through the empty line', () => {
    const { m } = meter();
    m.push(Buffer.from(GET));
    expect(m.take()).toBe(GET.length);
    expect(m.take()).toBeUndefined();
  });

  it('measures a head delivered one byte at a time', () => {
    const { m } = meter();
    for (const byte of Buffer.from(GET)) m.push(Buffer.of(byte));
    expect(m.take()).toBe(GET.length);
  });

  it('skips empty lines before a request line, and a Content-Length body after its head', () => {
    const { m } = meter();
    const post = 'POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\n';
    m.push(Buffer.from(`\r\n${post}hel`));
    m.push(Buffer.from(`lo${GET}`));
    expect([m.take(), m.take()]).toEqual([post.length, GET.length]);
  });

  it('accepts bare LF line ends', () => {
    const { m } = meter();
    m.push(Buffer.from('GET / HTTP/1.1\nHost: x\n\n'));
    expect(m.take()).toBe(24);
  });

  it('stops after a head it cannot follow (chunked body or upgrade), keeping that head\'s count', () => {
    const { m } = meter();
    const head = 'POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n';
    m.push(Buffer.from(`${head}5\r\nhello\r\n0\r\n\r\n${GET}`));
    expect(m.take()).toBe(head.length);
    expect(m.take()).toBeUndefined();
    expect(m.stopped).toBe(true);
  });

  it('times out a connection that sends nothing, and a head that never ends', () => {
    const idle = meter();
    idle.clock.advance(TIMEOUT);
    expect(idle.timeouts()).toBe(1);
    const slow = meter();
    slow.m.push(Buffer.from('GET / HTTP/1.1\r\n'));
    slow.clock.advance(TIMEOUT - 1);
    expect(slow.timeouts()).toBe(0);
    slow.clock.advance(1);
    expect(slow.timeouts()).toBe(1);
  });

  it('does not time out between requests, and times a body until it has arrived', () => {
    const { m, clock, timeouts } = meter();
    m.push(Buffer.from(GET));
    clock.advance(TIMEOUT * 5);
    expect(timeouts()).toBe(0);
    m.push(Buffer.from('POST /d HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345'));
    clock.advance(TIMEOUT);
    expect(timeouts()).toBe(1);
  });

  it('stops timing once stopped', () => {
    const { m, clock, timeouts } = meter();
    m.stop();
    clock.advance(TIMEOUT * 2);
    expect(timeouts()).toBe(0);
  });
});
