/**
 * The order of socket system calls one process made, read off a timeline:
 * what `strace -f -e trace=network` would list for the real programs in
 * examples/sockets/ (which also shows `close` only when traced with it).
 */
import type { SocketCall, Timeline } from '../../timeline/types';

/**
 * Each call `actorId` made, once, in order, e.g. ['socket', 'bind', 'listen', 'accept', 'recv', 'send', 'recv', 'close', 'close'].
 * A process runs one call at a time, so the order of returns is the order of calls; a call still blocked at the end counts by its entry.
 */
export function socketCallOrder(timeline: Timeline, actorId: string): SocketCall[] {
  const calls: SocketCall[] = [];
  let blocked: SocketCall | undefined;
  for (const step of timeline.steps) {
    if (step.kind !== 'syscall' || step.actor !== actorId) continue;
    if (step.phase === 'enter') blocked = step.call;
    else {
      calls.push(step.call);
      blocked = undefined;
    }
  }
  if (blocked !== undefined) calls.push(blocked);
  return calls;
}
