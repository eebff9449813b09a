/**
 * Shares the event loop among WebSocket connections. Node reads every socket
 * that has data in one loop turn, so 480 clients that send at the same moment
 * make one long turn in which nobody else (a poll, a good client's echo) is
 * served. Here each connection's parsing (guard, mirror, ws) runs at once while
 * the turn is young; once a turn has spent its budget, further chunks wait in a
 * queue (their sockets paused by ws's own backpressure) and are parsed a slice of
 * time per later turn, in arrival order, so other work gets the turns between.
 * Small chunks (an ordinary message) skip the queue.
 */
import { performance } from 'node:perf_hooks';

/** Time a loop turn may spend parsing before chunks wait for later turns (10 ms left polls waiting up to ~110 ms in the flood, 4 ms up to ~60). */
export const TURN_BUDGET_MS = 4;
/**
 * A chunk this small is parsed at once even when the turn is spent (if its connection has
 * nothing queued): a well-behaved client's message must not wait behind a flood's backlog,
 * and so small a chunk costs little however many frames it holds.
 */
export const SMALL_CHUNK_BYTES = 1024;

/** One connection's queued chunks and how to parse them. */
export interface Backlogged {
  /** Chunks waiting, oldest first; undefined when none. */
  backlog: Buffer[] | undefined;
  /** Parses one chunk now; false when the parser itself asks for a pause (it will say when to read again). */
  parse(chunk: Buffer): boolean;
  /** The connection can read again (its backlog is done, and its parser did not ask for a pause). */
  resume(): void;
}

let turnStart = -1;
const waiting: Backlogged[] = [];
let draining = false;

function endTurn(): void {
  turnStart = -1;
}

/** True when this loop turn has parsed for longer than its budget (starting the turn's clock on first use). */
function turnSpent(): boolean {
  const now = performance.now();
  if (turnStart < 0) {
    turnStart = now;
    setImmediate(endTurn);
    return false;
  }
  return now - turnStart > TURN_BUDGET_MS;
}

/** Parses `chunk` for `connection` now, or queues it; false when queued (the caller should pause the socket). */
export function scheduleParse(connection: Backlogged, chunk: Buffer): boolean {
  if (connection.backlog === undefined && (chunk.length <= SMALL_CHUNK_BYTES || !turnSpent())) return connection.parse(chunk);
  if (connection.backlog === undefined) {
    connection.backlog = [];
    waiting.push(connection);
  }
  connection.backlog.push(chunk);
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
  return false;
}

/** Parses queued chunks, one per connection in turn, for one budget; then yields to the next loop turn. */
function drain(): void {
  const start = performance.now();
  while (waiting.length > 0 && performance.now() - start < TURN_BUDGET_MS) {
    const connection = waiting.shift()!;
    const chunk = connection.backlog!.shift()!;
    const more = connection.parse(chunk);
    if (connection.backlog!.length > 0) {
      waiting.push(connection);
    } else {
      connection.backlog = undefined;
      if (more) connection.resume();
    }
  }
  draining = waiting.length > 0;
  if (draining) setImmediate(drain);
}

/** Chunks queued now, over all connections (for tests and the soak bench). */
export function queuedChunks(): number {
  let n = 0;
  for (const connection of waiting) n += connection.backlog?.length ?? 0;
  return n;
}
