/**
 * What the frame lab needs once the reader gives it bytes or opens the composer: the wire reader, the frame
 * encoder and the two views that show them. One chunk, loaded on first use (`FrameLabRun.load`), so the lab's
 * first paint ships only the paste box and the switches.
 */
export { inspectWireWith } from '../../sim';
export { composeFrame } from '../../lib/ws/composeFrame';
export { default as WireReport } from './WireReport.svelte';
export { default as FrameComposer } from './FrameComposer.svelte';
