import { describe, expect, it } from 'vitest';
import { closeCodeList } from './closeCodeList';

describe('closeCodeList', () => {
  it('lists 1000 to 1015 in order', () => {
    expect(closeCodeList.map((e) => e.code)).toEqual(Array.from({ length: 16 }, (_, i) => 1000 + i));
  });

  it('marks 1004, 1005, 1006 and 1015 as never sent in a Close frame', () => {
    expect(closeCodeList.filter((e) => !e.sendable).map((e) => e.code)).toEqual([1004, 1005, 1006, 1015]);
  });

  it('credits 1012–1014 to the IANA registry', () => {
    expect(closeCodeList.filter((e) => e.source === 'IANA registry').map((e) => e.code)).toEqual([1012, 1013, 1014]);
  });
});
