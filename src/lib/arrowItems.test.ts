import { describe, expect, it } from 'vitest';
import { arrowItems, type ArrowMemory } from './arrowItems';
import { diagramScene } from './diagramScene';
import { trackArrows } from './trackArrows';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';

const sceneAt = (time: number) => diagramScene(pollingTimeline, time, { arrows: trackArrows });

describe('arrowItems', () => {
  it('says which drawn arrows are sent, still on the wire, and labelled', () => {
    const scene = sceneAt(25);
    const items = arrowItems(scene, 25, [], new WeakMap());
    expect(items.map((item) => item.arrow)).toEqual(scene.drawn);
    const first = items.find((item) => item.arrow.transfer.id === 0)!;
    expect(first).toMatchObject({ sent: true, flying: true });
    expect(items.filter((item) => item.sent).map((item) => item.arrow.transfer.id)).toEqual(scene.arrows.map((a) => a.transfer.id));
  });

  it('gives back the same array while no arrow changes state, and a new one with the unchanged items kept when one does', () => {
    const memory: ArrowMemory = new WeakMap();
    const before = arrowItems(sceneAt(25), 25, [], memory);
    expect(arrowItems(sceneAt(26), 26, before, memory)).toBe(before);
    const transfer = pollingTimeline.transfers[0]!;
    const after = arrowItems(sceneAt(transfer.arrivedAt + 1), transfer.arrivedAt + 1, before, memory);
    expect(after).not.toBe(before);
    expect(after.find((item) => item.arrow.transfer.id === 0)!.flying).toBe(false);
  });
});
