import type { SceneArrow } from './sceneArrow';

// Closer labels than this overlap (font size ~12 units), so the later one is dropped.
const MIN_LABEL_GAP = 15;

/** Drops labels that would overlap an earlier one (top to bottom), never the selected arrow's; the arrows keep their aria-labels. */
export function thinLabels(arrows: readonly SceneArrow[], selectedId: number | null): SceneArrow[] {
  const labelled = arrows.filter((a) => a.label !== null).sort((a, b) => a.label!.y - b.label!.y);
  const selected = labelled.find((a) => a.transfer.id === selectedId);
  const hidden = new Set<SceneArrow>();
  let lastY = Number.NEGATIVE_INFINITY;
  for (const a of labelled) {
    const tooClose = a.label!.y - lastY < MIN_LABEL_GAP;
    const crowdsSelected = selected !== undefined && a !== selected && Math.abs(a.label!.y - selected.label!.y) < MIN_LABEL_GAP;
    if (a !== selected && (tooClose || crowdsSelected)) hidden.add(a);
    else lastY = a.label!.y;
  }
  return arrows.map((a) => (hidden.has(a) ? { ...a, label: null } : a));
}
