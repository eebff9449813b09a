import { describe, expect, it } from 'vitest';
import { actorName } from './actorName';

describe('actorName', () => {
  it('names an actor by its translated role', () => {
    expect(actorName({ role: 'client' })).toBe('Client');
    expect(actorName({ role: 'server' })).toBe('Server');
  });

  it('adds the number when several actors share a role', () => {
    expect(actorName({ role: 'client', ordinal: 2 })).toBe('Client 2');
  });
});
