/**
 * What the diagram draws of each arrow at one moment (sent yet? still on the wire? labelled?), kept identical from
 * frame to frame while nothing changes: an arrow's state changes a few times in its life, the frame sixty times a
 * second, and a view given the same array (the same item) has nothing to redo.
 */
import type { Scene, TrackArrow } from './diagramScene';

/** One arrow and its state now. */
export interface ArrowItem {
  readonly arrow: TrackArrow;
  readonly sent: boolean;
  readonly flying: boolean;
  /** Its label's box lies in view (and it has been sent). */
  readonly labelled: boolean;
}

/** Remembers the last item of each arrow, for arrowItems. */
export type ArrowMemory = WeakMap<TrackArrow, ArrowItem>;

/**
 * The items of the arrows `scene` draws at `time`: each arrow's previous item (from `memory`) when its state is the
 * same, and `previous` itself when no item changed.
 */
export function arrowItems(scene: Pick<Scene, 'drawn' | 'sent' | 'labelTop' | 'labelBottom'>, time: number, previous: readonly ArrowItem[], memory: ArrowMemory): readonly ArrowItem[] {
  const { drawn } = scene;
  let same = previous.length === drawn.length;
  const items: ArrowItem[] = new Array(drawn.length);
  for (let i = 0; i < drawn.length; i++) {
    const arrow = drawn[i]!;
    const sent = scene.sent(arrow);
    const flying = arrow.transfer.arrivedAt > time;
    const labelled = sent && !!arrow.label && arrow.label.y >= scene.labelTop && arrow.label.y + arrow.label.height <= scene.labelBottom;
    let item = memory.get(arrow);
    if (!item || item.sent !== sent || item.flying !== flying || item.labelled !== labelled) {
      item = { arrow, sent, flying, labelled };
      memory.set(arrow, item);
    }
    items[i] = item;
    if (previous[i] !== item) same = false;
  }
  return same ? previous : items;
}
