import { describe, expect, it } from 'vitest';
import { defaultCompareKnobs } from '../../widgets/compareKnobs';
import { compareEngine } from '../../components/compare/compareEngine';
import { defaultComparison } from './defaultComparison';
import { verdicts } from './verdicts';

describe('defaultComparison', () => {
  it('survives the trip into an island prop: every figure is a finite number', () => {
    const { knobs, cards } = defaultComparison();
    expect(knobs).toEqual(defaultCompareKnobs());
    expect(cards.map((card) => card.technique)).toEqual(['polling', 'long-polling', 'streaming', 'websocket']);
    for (const card of cards) for (const value of Object.values(card)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    expect(JSON.parse(JSON.stringify(cards))).toEqual(cards);
  });

  it('gives the cards the browser engine computes for the same knobs (the widget keeps them, not re-rendering)', async () => {
    const { knobs, cards } = defaultComparison();
    const runs = await compareEngine(knobs, async () => {});
    expect(verdicts(runs.results)).toEqual(cards);
  });
});
