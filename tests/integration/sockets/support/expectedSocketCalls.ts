/**
 * The simulator's side of the strace test: the order of socket calls each actor makes in the sockets scenario's
 * default exchange (the client connects, sends "hello\n", the server echoes it, the client closes, the server
 * closes its connection, then its listener), as `socketCallOrder` reads it off the scenario's timeline.
 */
import { normalizeSocketsParams, runScenario, socketCallOrder } from '../../../../src/sim';

/** The socket calls `actor` makes in the default sockets scenario, in order. */
export function expectedSocketCalls(actor: 'client' | 'server'): readonly string[] {
  return socketCallOrder(runScenario('sockets', normalizeSocketsParams({})), actor);
}
