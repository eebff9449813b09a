import { describe, expect, it } from 'vitest';
import { AXIS_WIDTH, PLOT_TOP } from './diagramScene';
import { plotLayer, trackShift } from './trackLayer';

const frame = { width: 400, height: 500, plotBottom: 480, scroll: 1000, cutY: 300 };
const percents = (style: string) => Object.fromEntries(style.split(';').map((rule) => rule.split(':')).map(([key, value]) => [key, Number.parseFloat(value!)]));

describe('trackLayer', () => {
  it('moves track y = scroll to the plot top, as a share of the diagram height', () => {
    expect(trackShift(frame)).toBe(`translateY(${(((PLOT_TOP - 1000) / 500) * 100).toFixed(4)}%)`);
  });

  it('clips the arrows to the plot, down to the cut', () => {
    const clip = percents(plotLayer(frame).clip);
    expect(clip.left).toBeCloseTo((AXIS_WIDTH / 400) * 100, 3);
    expect(clip.top).toBeCloseTo((PLOT_TOP / 500) * 100, 3);
    expect(clip.width).toBeCloseTo(((400 - AXIS_WIDTH) / 400) * 100, 3);
    expect(clip.height).toBeCloseTo(((300 - PLOT_TOP) / 500) * 100, 3);
  });

  it('puts the SVG inside the clip back where the diagram is, at the diagram’s size', () => {
    const inner = percents(plotLayer(frame).inner);
    const clipWidth = 400 - AXIS_WIDTH;
    const clipHeight = 300 - PLOT_TOP;
    expect((inner.left! / 100) * clipWidth).toBeCloseTo(-AXIS_WIDTH, 2);
    expect((inner.top! / 100) * clipHeight).toBeCloseTo(-PLOT_TOP, 2);
    expect((inner.width! / 100) * clipWidth).toBeCloseTo(400, 2);
    expect((inner.height! / 100) * clipHeight).toBeCloseTo(500, 2);
  });

  it('never cuts below the plot', () => {
    expect(percents(plotLayer({ ...frame, cutY: 9999 }).clip).height).toBeCloseTo(((480 - PLOT_TOP) / 500) * 100, 3);
  });
});
