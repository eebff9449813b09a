/**
 * The simulator's side of the strace test: the order of socket calls each actor makes in the sockets scenario's
 * default exchange (the client connects, sends "hello\n", the server echoes it, the client closes, the server closes).
 *
 * This is the one place that says what the simulator claims. Until `socketCallOrder` is exported by src/sim, it
 * returns that exchange written out by hand; once it is, the body becomes
 * `return socketCallOrder(runScenario('sockets', <the scenario's default params>), actor);`.
 */
export function expectedSocketCalls(actor: 'client' | 'server'): readonly string[] {
  return actor === 'client'
    ? ['socket', 'connect', 'send', 'recv', 'close']
    : // recv returns "hello\n", then 0 at the client's FIN; the server closes the connection, then its listener.
      ['socket', 'bind', 'listen', 'accept', 'recv', 'send', 'recv', 'close', 'close'];
}
