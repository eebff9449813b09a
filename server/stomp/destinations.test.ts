import { describe, expect, it } from 'vitest';
import { Destinations, destinationKind, type BrokerMessage, type Consumer } from './destinations';

const message = (destination: string, n: number): BrokerMessage => ({ id: `m-${n}`, destination, headers: [], body: new Uint8Array([n]) });

/** A consumer that records what it takes, and refuses while `refusing`. */
function consumer(): Consumer & { got: string[]; refusing: boolean } {
  const c = { got: [] as string[], refusing: false, deliver: (m: BrokerMessage) => (c.refusing ? false : (c.got.push(m.id), true)) };
  return c;
}

describe('Destinations', () => {
  it('tells topics from queues and refuses anything else', () => {
    expect(destinationKind('/topic/a')).toBe('topic');
    expect(destinationKind('/queue/a.b')).toBe('queue');
    expect(destinationKind('/exchange/a')).toBeUndefined();
    expect(destinationKind('/topic/')).toBeUndefined();
  });

  it('gives a topic message to every subscriber', () => {
    const d = new Destinations(10);
    const [a, b] = [consumer(), consumer()];
    d.subscribe('/topic/t', a);
    d.subscribe('/topic/t', b);
    d.publish(message('/topic/t', 1));
    expect([a.got, b.got]).toEqual([['m-1'], ['m-1']]);
  });

  it('gives queue messages to one consumer at a time, round robin, skipping one that refuses', () => {
    const d = new Destinations(10);
    const [a, b, c] = [consumer(), consumer(), consumer()];
    for (const x of [a, b, c]) d.subscribe('/queue/q', x);
    b.refusing = true;
    for (let n = 1; n <= 4; n++) d.publish(message('/queue/q', n));
    expect([a.got, b.got, c.got]).toEqual([['m-1', 'm-3'], [], ['m-2', 'm-4']]);
  });

  it('keeps queue messages for a later consumer, up to the bound', () => {
    const d = new Destinations(2);
    expect([1, 2, 3].map((n) => d.publish(message('/queue/q', n)))).toEqual([true, true, false]);
    const a = consumer();
    d.subscribe('/queue/q', a);
    expect(a.got).toEqual(['m-1', 'm-2']);
    expect(d.queued).toBe(0);
  });

  it('puts requeued messages back in front, in order, and redelivers them', () => {
    const d = new Destinations(10);
    d.publish(message('/queue/q', 3));
    d.requeue([message('/queue/q', 1), message('/queue/q', 2), message('/topic/t', 9)]);
    const a = consumer();
    d.subscribe('/queue/q', a);
    expect(a.got).toEqual(['m-1', 'm-2', 'm-3']);
  });
});
