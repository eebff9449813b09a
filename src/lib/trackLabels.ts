/**
 * Labels for the arrows drawn one by one on the diagram's track, laid out once per track: each above or below
 * its arrow (or nearer one end), never over another label, a band of dense arrows, or the middle of another arrow.
 */
import { t, type Lang } from '../i18n';
import type { TrackArrow } from './diagramTrack';
import { formatNumber } from './formatNumber';
import { labelLayout, type Box, type LabelRequest } from './labelLayout';

// Labels are 12 px monospace: 0.6 em a character (a full em for CJK), plus a little air.
const LABEL_HEIGHT = 14;
const CHAR_WIDTH = 7.2;
const WIDE_CHAR_WIDTH = 12;
const LABEL_PADDING = 6;
const LABEL_OFFSET = 9;

/** `arrows` with their labels ("summary · bytes"), placed inside `bounds` and off the `obstacles` (bands, marks); the selected one's always. */
export function trackLabels(arrows: readonly TrackArrow[], obstacles: readonly Box[], bounds: Box, selectedId: number | null, lang: Lang): TrackArrow[] {
  const texts = arrows.map(({ transfer }) => t('diagram.arrowLabel', { summary: transfer.summary, bytes: formatNumber(transfer.bytes.length, lang) }, lang));
  const labels: LabelRequest[] = arrows.map(({ x1, y1, x2, y2 }, i) => {
    const width = textWidth(texts[i]!) + LABEL_PADDING;
    // Above or below the arrow, far enough that a sloping arrow clears the label's ends.
    const clear = LABEL_OFFSET + (Math.abs(y2 - y1) / Math.max(1, Math.abs(x2 - x1))) * (width / 2);
    const at = (share: number, side: number) => [x1 + (x2 - x1) * share, y1 + (y2 - y1) * share + side * clear] as const;
    return { width, height: LABEL_HEIGHT, centres: [at(0.5, -1), at(0.5, 1), at(0.3, -1), at(0.7, -1), at(0.3, 1), at(0.7, 1)] };
  });
  // The selected arrow's label is placed first, even over a band, so it always has one; then the others in sending order.
  const selected = arrows.findIndex((a) => a.transfer.id === selectedId);
  const [selectedBox] = selected < 0 ? [null] : labelLayout([labels[selected]!], bounds);
  const taken = [...obstacles];
  // The middle half of every arrow, so no label lies across another arrow (and reads as its).
  // Four boxes an arrow, each an eighth of it long, hug a sloping line closely enough.
  for (const a of arrows) {
    const dx = (a.x2 - a.x1) / 8;
    const dy = (a.y2 - a.y1) / 8;
    for (let k = 2; k < 6; k++) taken.push({ x: a.x1 + dx * k + Math.min(0, dx), y: a.y1 + dy * k, width: Math.abs(dx), height: dy });
  }
  const boxes = labelLayout(labels.map((label, i) => (i === selected ? { ...label, centres: [] } : label)), bounds, selectedBox ? [selectedBox, ...taken] : taken);
  if (selectedBox) boxes[selected] = selectedBox;
  return arrows.map((arrow, i) => (boxes[i] ? { ...arrow, label: { ...boxes[i]!, text: texts[i]! } } : arrow));
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) >= 0x1100 ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return width;
}
