// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import VerdictCards from './VerdictCards.svelte';
import { compareTechniques } from '../../sim';
import { pollingTradeOff, verdicts } from '../../lib/compare/verdicts';
import { presetKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';

const knobs = presetKnobs('ticker');
const cards = verdicts(compareTechniques(toCompareParams(knobs)));

describe('VerdictCards', () => {
  it('badges the winners and says how far behind the others are', () => {
    const { container } = render(VerdictCards, { cards, tradeOff: pollingTradeOff(cards), intervalMs: knobs.intervalMs });
    const websocket = container.querySelector('[data-technique="websocket"]')!;
    expect(websocket).toHaveTextContent('Fewest bytes');
    const polling = container.querySelector('[data-technique="polling"]')!;
    expect(polling).not.toHaveTextContent('Fastest');
    expect(polling).toHaveTextContent(/×\d+ the fastest/);
  });

  it('explains each technique with its own figures, and spells out the long-polling trade-off', () => {
    render(VerdictCards, { cards, tradeOff: pollingTradeOff(cards), intervalMs: knobs.intervalMs });
    expect(screen.getByText(/frame with a 2 B header/)).toBeInTheDocument();
    expect(screen.getByText(/about one per event/)).toHaveTextContent('100 requests for 100 events');
  });

  it('leaves the trade-off out when there is none to tell', () => {
    const { container } = render(VerdictCards, { cards, intervalMs: knobs.intervalMs });
    expect(container.querySelector('.trade-off')).toBeNull();
  });
});
