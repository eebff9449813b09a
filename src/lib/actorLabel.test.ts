import { describe, expect, it } from 'vitest';
import { actorLabel } from './actorLabel';

const pair = [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }] as const;
const crowd = [{ id: 'client', role: 'client' }, { id: 'client-2', role: 'client' }, { id: 'server', role: 'server' }] as const;

describe('actorLabel', () => {
  it('names a lone actor by its role only', () => {
    expect(actorLabel('server', pair)).toEqual({ role: 'server' });
  });

  it('numbers actors that share a role', () => {
    expect(actorLabel('client', crowd)).toEqual({ role: 'client', ordinal: 1 });
    expect(actorLabel('client-2', crowd)).toEqual({ role: 'client', ordinal: 2 });
  });

  it('guesses the role of an unknown id from its prefix', () => {
    expect(actorLabel('server-9', [])).toEqual({ role: 'server' });
  });

  it('calls the STOMP scenario’s broker a broker, a server by role', () => {
    expect(actorLabel('broker', [{ id: 'client', role: 'client' }, { id: 'broker', role: 'server' }])).toEqual({ role: 'server', named: 'broker' });
  });
});
