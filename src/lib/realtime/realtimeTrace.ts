/**
 * What the live section records from the real client libraries: the
 * transports they opened and upgraded to, each engine.io packet (or SockJS
 * message) with its size, and each echo's round trip. Entries are plain data
 * so the summaries below can be tested without a browser.
 */

/** The real library the reader connects with. */
export type RealtimeLibrary = 'socketio' | 'sockjs';

/** One thing the client did or saw, at `at` ms after Connect. */
export type TraceEntry =
  | { readonly kind: 'transport'; readonly at: number; readonly name: string }
  | { readonly kind: 'probe'; readonly at: number; readonly name: string }
  | { readonly kind: 'upgrade'; readonly at: number; readonly name: string }
  | { readonly kind: 'packet'; readonly at: number; readonly direction: 'sent' | 'received'; readonly transport: string; readonly type: string; readonly bytes: number; readonly text: string }
  | { readonly kind: 'echo'; readonly at: number; readonly transport: string; readonly rttMs: number; readonly sentBytes: number; readonly receivedBytes: number; readonly predicted: { readonly sentBytes: number; readonly receivedBytes: number } }
  | { readonly kind: 'closed'; readonly at: number; readonly reason: string };

/** The transports the session used, in order, each once (e.g. ["polling", "websocket"]). */
export function transportPath(trace: readonly TraceEntry[]): string[] {
  const path: string[] = [];
  for (const entry of trace) {
    if ((entry.kind === 'transport' || entry.kind === 'upgrade') && path.at(-1) !== entry.name) path.push(entry.name);
  }
  return path;
}

/** The echoes measured on one transport. */
export interface EchoFigures {
  readonly transport: string;
  readonly count: number;
  readonly meanRttMs: number;
  readonly minRttMs: number;
  /** Bytes of the library's own messages for one echo, out and back (last echo). */
  readonly sentBytes: number;
  readonly receivedBytes: number;
  /** The codec's bytes for the same last echo. */
  readonly predicted: { readonly sentBytes: number; readonly receivedBytes: number };
}

/** Echo round trips grouped by the transport they went over, in the order the transports were first used. */
export function echoFigures(trace: readonly TraceEntry[]): EchoFigures[] {
  const groups = new Map<string, Extract<TraceEntry, { kind: 'echo' }>[]>();
  for (const entry of trace) {
    if (entry.kind !== 'echo') continue;
    const group = groups.get(entry.transport) ?? [];
    group.push(entry);
    groups.set(entry.transport, group);
  }
  return [...groups].map(([transport, echoes]) => ({
    transport,
    count: echoes.length,
    meanRttMs: echoes.reduce((sum, e) => sum + e.rttMs, 0) / echoes.length,
    minRttMs: Math.min(...echoes.map((e) => e.rttMs)),
    sentBytes: echoes.at(-1)!.sentBytes,
    receivedBytes: echoes.at(-1)!.receivedBytes,
    predicted: echoes.at(-1)!.predicted,
  }));
}

/** The last `limit` entries, for the on-screen log (the rest stay counted, not drawn). */
export function recentEntries(trace: readonly TraceEntry[], limit: number): readonly TraceEntry[] {
  return trace.length <= limit ? trace : trace.slice(trace.length - limit);
}
