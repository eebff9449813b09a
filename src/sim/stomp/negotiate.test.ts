import { describe, expect, it } from 'vitest';
import { negotiateHeartBeat, negotiateVersion, parseHeartBeat } from './negotiate';

describe('negotiateVersion', () => {
  it('picks the highest version both sides speak', () => {
    expect(negotiateVersion('1.0,1.1,1.2')).toBe('1.2');
    expect(negotiateVersion('1.1, 1.0')).toBe('1.1');
    expect(negotiateVersion('1.2', ['1.0', '1.1'])).toBeUndefined();
  });

  it('treats a CONNECT without accept-version as a 1.0 client', () => {
    expect(negotiateVersion(undefined)).toBe('1.0');
  });

  it('finds nothing in common with an unknown version', () => {
    expect(negotiateVersion('2.0')).toBeUndefined();
  });
});

describe('heart-beats', () => {
  it('reads x,y and rejects anything else', () => {
    expect(parseHeartBeat('10000,5000')).toEqual([10000, 5000]);
    expect(parseHeartBeat(undefined)).toEqual([0, 0]);
    expect(parseHeartBeat('10,')).toBeUndefined();
    expect(parseHeartBeat('-1,0')).toBeUndefined();
  });

  it('sends at the larger of what one side offers and the other wants, and never when either says 0', () => {
    expect(negotiateHeartBeat([4000, 10000], [5000, 2000])).toEqual({ clientToServer: 4000, serverToClient: 10000 });
    expect(negotiateHeartBeat([0, 10000], [5000, 2000])).toEqual({ clientToServer: 0, serverToClient: 10000 });
    expect(negotiateHeartBeat([4000, 0], [5000, 2000])).toEqual({ clientToServer: 4000, serverToClient: 0 });
  });
});
