import { runSockets } from '../../sim';
import { socketsParamsOf } from '../../widgets/socketsParamsOf';
import type { Simulate } from '../lesson/lessonRun.svelte';

/** The sockets widget's runner: only the sockets scenario (no HTTP or WebSocket codecs in its bundle). */
export const simulateSockets: Simulate = (scenario, knobs) => {
  if (scenario !== 'sockets') throw new Error(`simulateSockets runs the sockets scenario, not ${scenario}`);
  return runSockets(socketsParamsOf(knobs));
};
