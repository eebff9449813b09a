// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from './fixtures/renderComponent';
import Player from './Player.svelte';
import { SPEEDS, DEFAULT_SPEED_INDEX, TimelinePlayer } from './timelinePlayer.svelte';
import { FakeFrameClock } from './fixtures/fakeFrameClock';
import { pollingTimeline } from './fixtures/pollingTimeline';

const setup = () => {
  const player = new TimelinePlayer(pollingTimeline, { clock: new FakeFrameClock() });
  render(Player, { player });
  return { player, group: screen.getByRole('group', { name: 'Playback controls' }) };
};

describe('Player', () => {
  it('steps with the arrow keys', async () => {
    const { player, group } = setup();
    await fireEvent.keyDown(group, { key: 'ArrowRight' });
    await fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(player.stepIndex).toBe(1);
    await fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(player.stepIndex).toBe(0);
  });

  it('jumps to the ends with Home and End', async () => {
    const { player, group } = setup();
    await fireEvent.keyDown(group, { key: 'End' });
    expect(player.stepIndex).toBe(pollingTimeline.steps.length - 1);
    await fireEvent.keyDown(group, { key: 'Home' });
    expect(player.stepIndex).toBe(-1);
  });

  it('plays and pauses with Space, and the button says which it will do', async () => {
    const { player, group } = setup();
    await fireEvent.keyDown(group, { key: ' ' });
    expect(player.playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await fireEvent.keyDown(group, { key: ' ' });
    expect(player.playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('changes speed with [ and ] and shows it in the select', async () => {
    const { player, group } = setup();
    await fireEvent.keyDown(group, { key: ']' });
    expect(player.speed).toBe(SPEEDS[DEFAULT_SPEED_INDEX + 1]);
    expect(screen.getByRole('combobox', { name: /Speed/ })).toHaveValue(String(DEFAULT_SPEED_INDEX + 1));
    await fireEvent.keyDown(group, { key: '[' });
    await fireEvent.keyDown(group, { key: '[' });
    expect(player.speed).toBe(SPEEDS[DEFAULT_SPEED_INDEX - 1]);
  });

  it('says that 1× is a tenth of real time', () => {
    setup();
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options[DEFAULT_SPEED_INDEX]).toBe('1× = 1/10 real time');
    expect(options[DEFAULT_SPEED_INDEX + 1]).toBe('2×');
  });

  it('leaves keys typed into the speed select alone', async () => {
    const { player } = setup();
    await fireEvent.keyDown(screen.getByRole('combobox', { name: /Speed/ }), { key: 'ArrowRight' });
    expect(player.stepIndex).toBe(-1);
  });

  it('has working buttons with accessible names', async () => {
    const { player } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(player.stepIndex).toBe(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(player.stepIndex).toBe(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Go to the end' }));
    expect(player.time).toBe(pollingTimeline.duration);
    await fireEvent.click(screen.getByRole('button', { name: 'Go to the start' }));
    expect(player.time).toBe(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(player.playing).toBe(true);
  });

  it('shows the time and the step in the readout', async () => {
    const { group } = setup();
    await fireEvent.keyDown(group, { key: 'End' });
    expect(group).toHaveTextContent(`t = 1,100 ms · step ${pollingTimeline.steps.length} / ${pollingTimeline.steps.length}`);
  });

  it('seeks when the scrubber moves', async () => {
    const { player } = setup();
    const scrubber = screen.getByRole('slider', { name: 'Simulated time' });
    await fireEvent.input(scrubber, { target: { value: '700' } });
    expect(player.time).toBe(700);
    expect(scrubber).toHaveAttribute('aria-valuetext', '700 ms, step 6 of 12');
  });
});
