// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderComponent as render } from './fixtures/renderComponent';
import StepNarration from './StepNarration.svelte';
import { pollingTimeline } from './fixtures/pollingTimeline';
import { caption } from '../i18n';

describe('StepNarration', () => {
  it('speaks the current step caption politely', () => {
    render(StepNarration, { timeline: pollingTimeline, stepIndex: 5 });
    const region = screen.getByText(caption(pollingTimeline.steps[5]!.caption)).closest('[aria-live]');
    expect(region).toHaveAttribute('aria-live', 'polite');
  });

  it('invites the reader to start before the first step', () => {
    render(StepNarration, { timeline: pollingTimeline, stepIndex: -1 });
    expect(screen.getByText(/Press play/)).toBeInTheDocument();
  });

  it('stays quiet when told not to announce', () => {
    const { container } = render(StepNarration, { timeline: pollingTimeline, stepIndex: 2, announce: false });
    expect(container.querySelector('[aria-live]')).toHaveAttribute('aria-live', 'off');
  });
});
