// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import HeadDiffList from './HeadDiffList.svelte';
import type { HeadLineDiff } from '../../lib/live/requestHeadDiff';

describe('HeadDiffList', () => {
  it('says the model matched when there is nothing to list', () => {
    render(HeadDiffList, { diff: [] });
    expect(screen.getByText('The header model wrote the request head the server received, line for line.')).toBeInTheDocument();
  });

  it('names each line the model got wrong, with both sizes', () => {
    const diff: HeadLineDiff[] = [
      { kind: 'size', name: 'Accept-Language', measured: 24, predicted: 33 },
      { kind: 'missing', name: 'Cookie', measured: 40 },
      { kind: 'extra', name: 'Sec-Fetch-User', predicted: 18 },
      { kind: 'request-line', measured: 30, predicted: 28 },
    ];
    render(HeadDiffList, { diff });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Accept-Language: 24 bytes received, 33 in the model',
      'Cookie: sent by the browser (40 bytes), not in the model',
      'Sec-Fetch-User: in the model (18 bytes), not sent by the browser',
      'Request line: 30 bytes received, 28 in the model',
    ]);
  });
});
