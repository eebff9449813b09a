/**
 * Saves a timeline as a .pcapng file: builds the bytes with the simulator's
 * exporter and hands them to the browser as a Blob download. Loaded on the
 * first click (with the exporter), so lesson pages ship none of it up front.
 */
import { timelineToPcapng } from '../../sim/capture';
import type { Timeline } from '../../sim';

// How long the object URL lives after the click: the browser has taken the download by then.
const REVOKE_AFTER_MS = 10_000;

/** The file name a capture of `timeline` is saved under. */
export function captureFileName(timeline: Timeline, seed: number): string {
  return `socket-lab-${timeline.scenario}-seed${seed}.pcapng`;
}

/** Starts the download of `timeline`'s capture. */
export function downloadCapture(timeline: Timeline, seed: number): void {
  const url = URL.createObjectURL(new Blob([timelineToPcapng(timeline, { seed })], { type: 'application/x-pcapng' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = captureFileName(timeline, seed);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
