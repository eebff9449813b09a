import { describe, expect, it } from 'vitest';
import { eventPayload } from '../../events/eventPayload';
import { isCanonicalPayload } from './sioMessagePacket';

// The pattern isCanonicalPayload reads by hand: the payloads whose JSON round trip gives them back unchanged.
const CANONICAL = /^\{"id":(?:0|[1-9]\d{0,14}),"data":"[a-z]*"\}$/;

describe('isCanonicalPayload', () => {
  it('agrees with the canonical pattern on edge cases', () => {
    const cases = [
      '{"id":0,"data":""}', '{"id":0,"data":"abc"}', '{"id":01,"data":"a"}', '{"id":123456789012345,"data":"a"}',
      '{"id":1234567890123456,"data":"a"}', '{"id":1,"data":"aB"}', '{"id":1,"data":"a"} ', '{"id":,"data":"a"}',
      '{"id":1,"data":"a"', '{"id":1,"data":"a}', '{"id":1,"data":"a"}}', '{"id":-1,"data":"a"}', '{"id":1","data":"a"}',
      '{"id":7,"data":"abc"}"}', '{"id":1,"data":"', '{"id":12,"data":"z"}', '{"id":1,"data":"a"}x"}', '', '{"id":',
    ];
    for (const c of cases) expect([c, isCanonicalPayload(c)]).toEqual([c, CANONICAL.test(c)]);
  });

  it('agrees with the canonical pattern on every eventPayload size up to 48 and on near misses', () => {
    const alphabet = 'abcxyz09{}":,-AZ';
    let seed = 1;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let size = 0; size <= 48; size++) for (const id of [0, 7, 1234, 123456789012345]) {
      const p = eventPayload(id, size);
      expect([p, isCanonicalPayload(p)]).toEqual([p, CANONICAL.test(p)]);
    }
    for (let k = 0; k < 20000; k++) {
      let p = `{"id":${next() % 3 === 0 ? '' : String(next() % 100000)}${next() % 4 === 0 ? '' : ',"data":"'}`;
      const n = next() % 6;
      for (let j = 0; j < n; j++) p += alphabet[next() % alphabet.length];
      p += next() % 5 === 0 ? '' : '"}';
      expect([p, isCanonicalPayload(p)]).toEqual([p, CANONICAL.test(p)]);
    }
  });
});
