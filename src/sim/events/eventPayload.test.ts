import { describe, expect, it } from 'vitest';
import { eventPayload } from './eventPayload';

describe('eventPayload', () => {
  it('pads the JSON skeleton to exactly the requested size', () => {
    // {"id":3,"data":"  is 16 characters, "} is 2: 24 - 18 = 6 filler letters.
    expect(eventPayload(3, 24)).toBe('{"id":3,"data":"abcdef"}');
  });

  it('gives every size its exact length', () => {
    for (const size of [0, 1, 17, 18, 19, 64, 1000]) expect(eventPayload(12, size)).toHaveLength(size);
  });

  it('cuts the skeleton when the size is smaller than it', () => {
    expect(eventPayload(3, 5)).toBe('{"id"');
  });

  it('is valid JSON whenever it fits', () => {
    expect(JSON.parse(eventPayload(42, 100))).toMatchObject({ id: 42 });
  });
});
