import { describe, expect, it } from 'vitest';
import { defaultCompareKnobs } from '../../widgets/compareKnobs';
import { defaultComparison } from './defaultComparison';

describe('defaultComparison', () => {
  it('survives the trip into an island prop: every figure is a finite number', () => {
    const { knobs, cards } = defaultComparison();
    expect(knobs).toEqual(defaultCompareKnobs());
    expect(cards.map((card) => card.technique)).toEqual(['polling', 'long-polling', 'streaming', 'websocket']);
    for (const card of cards) for (const value of Object.values(card)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    expect(JSON.parse(JSON.stringify(cards))).toEqual(cards);
  });
});
