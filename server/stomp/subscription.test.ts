import { describe, expect, it } from 'vitest';
import type { BrokerMessage } from './destinations';
import { Subscription } from './subscription';

const sink = { deliver: () => true };
const message = (n: number): BrokerMessage => ({ id: `m-${n}`, destination: '/queue/q', headers: [], body: new Uint8Array(0) });

function withPending(ack: 'client' | 'client-individual'): Subscription {
  const s = new Subscription(sink, 's', '/queue/q', ack);
  for (const n of [1, 2, 3]) s.pending.set(`a-${n}`, message(n));
  return s;
}

describe('Subscription', () => {
  it('in client mode, settles the acknowledged message and every earlier one', () => {
    const s = withPending('client');
    expect(s.settle('a-2').map((m) => m.id)).toEqual(['m-1', 'm-2']);
    expect([...s.pending.keys()]).toEqual(['a-3']);
  });

  it('in client-individual mode, settles only that message', () => {
    const s = withPending('client-individual');
    expect(s.settle('a-2').map((m) => m.id)).toEqual(['m-2']);
    expect([...s.pending.keys()]).toEqual(['a-1', 'a-3']);
  });

  it('settles nothing for an id it does not hold, and hands everything back on release', () => {
    const s = withPending('client');
    expect(s.settle('nope')).toEqual([]);
    expect(s.release().map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(s.pending.size).toBe(0);
  });
});
