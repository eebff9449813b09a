/**
 * The live section's state: which library, the block-WebSocket switch, the
 * session's status and trace. The real client libraries are imported only in
 * connect(), so a reader who never clicks Connect downloads neither.
 */
import type { RealtimeLink } from '../../lib/realtime/realtimeLink';
import type { RealtimeLibrary, TraceEntry } from '../../lib/realtime/realtimeTrace';
import { serverAvailable } from '../../lib/realtime/serverAvailable';

/** Where the session is. */
export type LiveStatus =
  | { readonly kind: 'idle' | 'checking' | 'connecting' | 'no-server' }
  | { readonly kind: 'open' }
  | { readonly kind: 'closed' | 'failed'; readonly reason: string };

/** One live session at a time, with its trace. */
export class RealtimeLive {
  library = $state<RealtimeLibrary>('socketio');
  blockWebSocket = $state(false);
  status = $state.raw<LiveStatus>({ kind: 'idle' });
  trace = $state.raw<TraceEntry[]>([]);
  transport = $state('');
  private link: RealtimeLink | undefined;

  /** Probes the server, loads the chosen library and connects. */
  async connect(): Promise<void> {
    this.disconnect();
    this.trace = [];
    this.transport = '';
    this.status = { kind: 'checking' };
    const library = this.library;
    if (!(await serverAvailable())) {
      this.status = { kind: 'no-server' };
      return;
    }
    this.status = { kind: 'connecting' };
    const started = performance.now();
    const options = {
      blockWebSocket: this.blockWebSocket,
      now: () => performance.now() - started,
      onTrace: (entry: TraceEntry) => this.record(entry),
      onClose: (reason: string) => {
        this.record({ kind: 'closed', at: performance.now() - started, reason });
        if (this.status.kind === 'open') this.status = { kind: 'closed', reason };
        this.link = undefined;
      },
    };
    try {
      const open = library === 'socketio'
        ? (await import('../../lib/realtime/socketIoLink')).openSocketIo
        : (await import('../../lib/realtime/sockJsLink')).openSockJs;
      this.link = await open(options);
      this.transport = this.link.transport();
      this.status = { kind: 'open' };
    } catch (error) {
      this.status = { kind: 'failed', reason: (error as Error).message };
    }
  }

  /** Sends `text` and waits for its echo. */
  async echo(text: string): Promise<void> {
    await this.link?.echo(text);
  }

  /** Ends the session (the library says why in its close event). */
  disconnect(): void {
    const link = this.link;
    this.link = undefined;
    link?.close();
    if (this.status.kind === 'open') this.status = { kind: 'closed', reason: 'io client disconnect' };
  }

  private record(entry: TraceEntry): void {
    this.trace = [...this.trace, entry];
    if (entry.kind === 'transport' || entry.kind === 'upgrade') this.transport = entry.name;
  }
}
