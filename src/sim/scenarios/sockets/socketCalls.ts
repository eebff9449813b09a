/**
 * The system-call layer of one process: the BSD socket calls a program makes,
 * each recorded on the process's lifeline as it enters and returns. Calls that
 * can block (accept, connect, recv) either return at once or say `blocked`;
 * the scenario wakes the process when the kernel has something for it, and the
 * program calls again to collect the result (`finish…`).
 */
import type { TimelineBuilder } from '../../timeline/timelineBuilder';
import type { SocketCall } from '../../timeline/types';
import { escapeBytes } from './framing';
import { SyscallStepRecord } from './socketSteps';
import type { Sock, SocketHost } from './socketHost';

/** What a blocking call gives back. */
export type CallResult<T> = { readonly blocked: true } | { readonly blocked: false; readonly value: T };

const BLOCKED = { blocked: true } as const;
const done = <T>(value: T): CallResult<T> => ({ blocked: false, value });

/** One process's calls into its host's kernel. */
export class SocketCalls {
  /** The call it is blocked in, if any. */
  waiting: { readonly call: SocketCall; readonly sock: Sock } | undefined;

  constructor(readonly actor: string, readonly host: SocketHost, private readonly builder: TimelineBuilder) {}

  private record(now: number, call: SocketCall, phase: 'enter' | 'return', fd: number, args: readonly string[], result?: number | string, data?: string): void {
    this.builder.record(new SyscallStepRecord(now, this.actor, call, phase, fd, args, result, data));
  }

  /** socket(AF_INET, SOCK_STREAM, 0). */
  socket(now: number): Sock {
    const sock = this.host.open();
    this.record(now, 'socket', 'return', sock.fd, ['AF_INET', 'SOCK_STREAM', '0'], sock.fd);
    return sock;
  }

  /** bind(fd, port). */
  bind(now: number, sock: Sock, port: number): void {
    sock.port = port;
    this.record(now, 'bind', 'return', sock.fd, [String(sock.fd), `0.0.0.0:${port}`], 0);
  }

  /** listen(fd, backlog): the socket enters LISTEN. */
  listen(now: number, sock: Sock, backlog: number): void {
    sock.backlog = backlog;
    this.record(now, 'listen', 'return', sock.fd, [String(sock.fd), String(backlog)], 0);
    this.host.apply(sock, { kind: 'passive-open' });
  }

  /** accept(fd): a connection from the queue, or blocks until one finishes its handshake. */
  accept(now: number, listener: Sock, resumed = false): CallResult<Sock> {
    const child = this.host.accept(listener);
    if (child === undefined) {
      if (!resumed) this.record(now, 'accept', 'enter', listener.fd, [String(listener.fd)]);
      this.waiting = { call: 'accept', sock: listener };
      return BLOCKED;
    }
    this.waiting = undefined;
    this.record(now, 'accept', 'return', listener.fd, [String(listener.fd)], child.fd);
    return done(child);
  }

  /** connect(fd, host:port): sends SYN and blocks until the handshake ends (0) or fails (an errno). */
  connectStart(now: number, sock: Sock, connection: number, localPort: number, peer: { actor: string; port: number }): void {
    this.record(now, 'connect', 'enter', sock.fd, [String(sock.fd), `127.0.0.1:${peer.port}`]);
    this.waiting = { call: 'connect', sock };
    this.host.connect(sock, connection, localPort, peer);
  }

  /** Collects connect()'s result once the socket left SYN-SENT; blocked while it has not. */
  connectFinish(now: number, sock: Sock): CallResult<0 | string> {
    if (sock.state === 'SYN-SENT') return BLOCKED;
    this.waiting = undefined;
    const result = sock.state === 'ESTABLISHED' ? 0 : takeError(sock) ?? 'ECONNREFUSED';
    this.record(now, 'connect', 'return', sock.fd, [String(sock.fd), `127.0.0.1:${sock.peer?.port ?? 0}`], result);
    return done(result);
  }

  /** send(fd, bytes): copies them into the send buffer (TCP cuts them into segments); or fails with an errno. */
  send(now: number, sock: Sock, bytes: Uint8Array, transmit: (sock: Sock, bytes: Uint8Array) => void): number | string {
    const args = [String(sock.fd), `"${escapeBytes(bytes)}"`, String(bytes.length)];
    // Linux reports a pending reset once (ECONNRESET), then EPIPE on a connection that can no longer send.
    const error = takeError(sock) ?? (sock.writeShut || sock.state === 'CLOSED' ? 'EPIPE' : undefined);
    if (error !== undefined) {
      this.record(now, 'send', 'return', sock.fd, args, error);
      return error;
    }
    this.record(now, 'send', 'return', sock.fd, args, bytes.length, escapeBytes(bytes));
    transmit(sock, bytes);
    return bytes.length;
  }

  /** recv(fd, max): what has arrived (up to `max` bytes), 0 at the peer's FIN, an errno after a reset; or blocks. */
  recv(now: number, sock: Sock, max: number, resumed = false): CallResult<Uint8Array | 0 | string> {
    const args = [String(sock.fd), 'buf', String(max)];
    if (sock.inboxBytes > 0) {
      const bytes = takeBytes(sock, max);
      this.waiting = undefined;
      this.record(now, 'recv', 'return', sock.fd, args, bytes.length, escapeBytes(bytes));
      return done(bytes);
    }
    const error = takeError(sock);
    if (error !== undefined || sock.endOfStream || sock.state === 'CLOSED') {
      this.waiting = undefined;
      this.record(now, 'recv', 'return', sock.fd, args, error ?? 0);
      return done(error ?? 0);
    }
    if (!resumed) this.record(now, 'recv', 'enter', sock.fd, args);
    this.waiting = { call: 'recv', sock };
    return BLOCKED;
  }

  /** shutdown(fd, SHUT_WR): FIN now; the socket can still receive. */
  shutdown(now: number, sock: Sock): void {
    this.record(now, 'shutdown', 'return', sock.fd, [String(sock.fd), 'SHUT_WR'], 0);
    sock.writeShut = true;
    this.host.apply(sock, { kind: 'close' });
  }

  /** close(fd): FIN if this side had not sent one yet; with `abort` (SO_LINGER 0), RST instead. */
  close(now: number, sock: Sock, abort = false): void {
    this.record(now, 'close', 'return', sock.fd, abort ? [String(sock.fd), 'SO_LINGER 0'] : [String(sock.fd)], 0);
    this.host.release(sock);
    if (abort) this.host.apply(sock, { kind: 'abort' });
    else if (!sock.writeShut) {
      sock.writeShut = true;
      this.host.apply(sock, { kind: 'close' });
    }
  }
}

function takeError(sock: Sock): string | undefined {
  const error = sock.error;
  sock.error = undefined;
  return error;
}

/** Up to `max` bytes off the front of the receive buffer. */
function takeBytes(sock: Sock, max: number): Uint8Array {
  const size = Math.min(max, sock.inboxBytes);
  const out = new Uint8Array(size);
  let at = 0;
  while (at < size) {
    const head = sock.inbox[0]!;
    const take = Math.min(head.length, size - at);
    out.set(head.subarray(0, take), at);
    at += take;
    if (take === head.length) sock.inbox.shift();
    else sock.inbox[0] = head.subarray(take);
  }
  sock.inboxBytes -= size;
  return out;
}
