import { describe, expect, it } from 'vitest';
import { thinLabels } from './thinLabels';
import type { SceneArrow } from './sceneArrow';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';

const at = (id: number, y: number): SceneArrow => ({
  transfer: pollingTimeline.transfers[id]!, sender: 'client', flying: false, x1: 0, y1: y, x2: 100, y2: y, head: '', label: { x: 50, y, angle: 0 },
});
const labelled = (arrows: SceneArrow[]) => arrows.filter((a) => a.label).map((a) => a.transfer.id);

describe('thinLabels', () => {
  it('keeps labels that are far enough apart', () => {
    expect(labelled(thinLabels([at(0, 100), at(1, 130)], null))).toEqual([0, 1]);
  });

  it('drops the later of two labels that would overlap', () => {
    expect(labelled(thinLabels([at(0, 100), at(1, 105)], null))).toEqual([0]);
  });

  it('keeps the selected arrow label and drops its neighbours instead', () => {
    expect(labelled(thinLabels([at(0, 100), at(1, 105), at(2, 125)], 1))).toEqual([1, 2]);
  });
});
