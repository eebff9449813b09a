// @vitest-environment jsdom
import { screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import { describe, expect, it } from 'vitest';
import { deflateSavings } from '../../sim';
import { defaultCompareKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';
import DeflateSavings from './DeflateSavings.svelte';

describe('DeflateSavings', () => {
  it('shows bytes per message for the events, ticker JSON and random bytes, from the codec', () => {
    const params = toCompareParams({ ...defaultCompareKnobs(), deflate: 'on' });
    const s = deflateSavings(params);
    render(DeflateSavings, { params });
    const table = screen.getByTestId('deflate-savings');
    expect(table).toHaveTextContent(`${s.json.messages} messages`);
    expect(table).toHaveTextContent('Ticker JSON (same keys, changing values)');
    expect(table).toHaveTextContent('Random bytes, same sizes');
    expect(table).toHaveTextContent(`${(s.random.takeoverBytes / s.random.messages).toFixed(1)} (-${((s.random.takeoverBytes - s.random.plainBytes) / s.random.messages).toFixed(1)} saved)`);
  });

  it('maps the compare knob to the WebSocket column’s compression, off by default', () => {
    expect(toCompareParams(defaultCompareKnobs()).compression).toBe('off');
    expect(toCompareParams({ ...defaultCompareKnobs(), deflate: 'no-takeover' }).compression).toBe('deflate-no-context-takeover');
  });
});
