/**
 * The kernel side of one host in the sockets scenario: its sockets by file
 * descriptor, each driven through RFC 9293's state machine (`tcpTransition`),
 * each connection's sequence numbers kept by a `TcpEnd`, received bytes kept in
 * a receive buffer until recv() takes them. It answers segments as a kernel
 * does (SYN-ACK, ACKs, RST to a closed port, drops a SYN when the listen queue
 * is full) and tells the world what to send and whom to wake — never deciding
 * what the program does next.
 */
import { DEFAULT_TCP_WINDOW, TcpEnd, type TcpPeer } from '../../tcp/tcpEnd';
import { segmentLength, type TcpFlag } from '../../tcp/tcpSegment';
import type { TcpSegmentData } from '../../tcp/tcpSegmentData';
import { tcpTransition, type TcpErrno, type TcpEvent, type TcpState } from '../../tcp/tcpTransition';

/** One socket as the kernel keeps it. */
export interface Sock {
  /** Its descriptor; a connection still in its listener's queue keeps the one it would get, until accept() gives it one. */
  fd: number;
  state: TcpState;
  /** The connection number (per scenario) once it has one; 0 for a listening socket. */
  connection: number;
  port: number;
  /** Listening socket: connections that finished the handshake and wait for accept(), and the queue's size. */
  readonly queue: Sock[];
  backlog: number;
  tcb?: TcpEnd;
  peer?: TcpPeer;
  /** Bytes received and not yet read by recv(). */
  inbox: Uint8Array[];
  inboxBytes: number;
  /** The peer's FIN arrived: recv() returns 0 once the inbox is empty. */
  endOfStream: boolean;
  /** shutdown(SHUT_WR) or close() sent our FIN: send() fails with EPIPE. */
  writeShut: boolean;
  /** An error the next call reports (ECONNREFUSED, ECONNRESET), then clears. */
  error?: TcpErrno;
  /** The fd was closed by the program (the TCP connection may live on, e.g. in TIME-WAIT). */
  released: boolean;
}

/** What the host asks the world to do. */
export interface HostWorld {
  /** Puts a segment cut by `tcb` on the wire now. */
  send(sock: Sock, flags: readonly TcpFlag[], payload?: Uint8Array, retransmitSeq?: number): void;
  /** Acknowledges what `sock` has received, once every segment arriving at this instant is in. */
  ackSoon(sock: Sock): void;
  /** Sends a segment from a connection-less end (an RST to a closed port). */
  sendFrom(end: TcpEnd, peer: TcpPeer, connection: number, flags: readonly TcpFlag[]): void;
  /** Records a socket's new state. */
  state(sock: Sock, state: TcpState): void;
  /** Records a SYN dropped because `listener`'s queue is full. */
  synDropped(listener: Sock): void;
  /** Something changed on `sock`: a process blocked on it may wake. */
  readable(sock: Sock): void;
  /** The socket entered TIME-WAIT: closes it after 2·MSL. */
  timeWait(sock: Sock): void;
}

/** The receive buffer this model gives every socket; the advertised window is what is left of it. */
export const RECEIVE_BUFFER_BYTES = DEFAULT_TCP_WINDOW;

/** The kernel of one host. */
export class SocketHost {
  private readonly sockets = new Map<number, Sock>();
  private readonly byConnection = new Map<number, Sock>();
  /** Connections in SYN-RECEIVED, by the listener they will queue on. */
  private readonly pending = new Map<Sock, Sock>();

  constructor(readonly actor: string, private readonly world: HostWorld, private readonly isn: (connection: number) => number) {}

  /** socket(): a new socket on the lowest free descriptor (POSIX), from 3 (0–2 are stdin, stdout, stderr). */
  open(): Sock {
    let fd = 3;
    while (this.sockets.has(fd)) fd++;
    const sock: Sock = {
      fd, state: 'CLOSED', connection: 0, port: 0, queue: [], backlog: 0, inbox: [], inboxBytes: 0,
      endOfStream: false, writeShut: false, released: false,
    };
    this.sockets.set(fd, sock);
    return sock;
  }

  /** The socket on `fd`, if the program has it open. */
  get(fd: number): Sock | undefined {
    return this.sockets.get(fd);
  }

  /** Drops `fd` from the table; the connection itself ends by its own state machine. */
  release(sock: Sock): void {
    sock.released = true;
    this.sockets.delete(sock.fd);
  }

  /** Moves `sock` through the state machine; sends what it says and keeps the error it reports. */
  apply(sock: Sock, event: TcpEvent): boolean {
    const result = tcpTransition(sock.state, event);
    if (!result.accepted) return false;
    if (result.state !== sock.state) {
      sock.state = result.state;
      this.world.state(sock, result.state);
    }
    for (const effect of result.effects) {
      if (effect.kind === 'send') this.world.send(sock, effect.flags);
      else if (effect.kind === 'error') sock.error = effect.errno;
      else if (effect.kind === 'end-of-stream') sock.endOfStream = true;
      else this.world.timeWait(sock);
    }
    if (sock.state === 'CLOSED' && sock.tcb !== undefined) this.world.readable(sock);
    return true;
  }

  /** connect(): a TCB with a seeded ISN, then SYN. */
  connect(sock: Sock, connection: number, localPort: number, peer: TcpPeer): void {
    sock.connection = connection;
    sock.port = localPort;
    sock.peer = peer;
    sock.tcb = new TcpEnd(this.actor, localPort, this.isn(connection));
    this.byConnection.set(connection, sock);
    this.apply(sock, { kind: 'active-open' });
  }

  /** Takes in one segment that reached this host. */
  receive(segment: TcpSegmentData): void {
    const flags = segment.flags;
    const sock = this.byConnection.get(segment.connection);
    if (flags.includes('SYN') && !flags.includes('ACK')) {
      this.receiveSyn(segment, sock);
      return;
    }
    if (sock === undefined || sock.tcb === undefined) {
      if (!flags.includes('RST')) this.refuse(segment);
      return;
    }
    if (flags.includes('RST')) {
      this.apply(sock, { kind: 'rcv-rst' });
      this.world.readable(sock);
      return;
    }
    if (sock.state === 'CLOSED') {
      // The connection is gone (aborted): a kernel answers anything more with RST (RFC 9293 §3.10.7.1).
      this.world.send(sock, ['RST']);
      return;
    }
    if (flags.includes('SYN')) {
      // SYN-ACK: our SYN is acknowledged, and the peer's ISN fixes what we expect next.
      sock.tcb.receive(segment);
      this.apply(sock, { kind: 'rcv-syn-ack' });
      this.world.readable(sock);
      return;
    }
    const before = sock.tcb.expected;
    sock.tcb.receive(segment);
    const fresh = sock.tcb.expected !== before;
    // An ACK that covers our SYN or our FIN moves the state machine (RFC 9293 §3.10.7.4).
    if (flags.includes('ACK') && segment.ack === sock.tcb.nextSeq && sock.state !== 'ESTABLISHED' && sock.state !== 'CLOSE-WAIT') {
      const wasHandshake = sock.state === 'SYN-RECEIVED';
      this.apply(sock, { kind: 'rcv-ack' });
      if (wasHandshake) this.established(sock);
    }
    if (fresh && segment.payloadLength > 0) {
      sock.inbox.push(segment.payload);
      sock.inboxBytes += segment.payloadLength;
    }
    if (fresh && flags.includes('FIN')) {
      // The FIN's ACK comes from the state machine; it also covers any data in this segment.
      this.apply(sock, { kind: 'rcv-fin' });
      this.world.readable(sock);
      return;
    }
    if (segmentLength(flags, segment.payloadLength) > 0) {
      // Data is acknowledged at once (no delayed ACK in this model), one ACK for all that lands at one instant.
      this.world.ackSoon(sock);
      this.world.readable(sock);
    }
  }

  private receiveSyn(segment: TcpSegmentData, existing: Sock | undefined): void {
    if (existing !== undefined) return; // a duplicate SYN for a connection already under way
    const listener = [...this.sockets.values()].find((s) => s.state === 'LISTEN' && s.port === segment.dstPort);
    if (listener === undefined) {
      this.refuse(segment);
      return;
    }
    const waiting = listener.queue.length + [...this.byConnection.values()].filter((s) => s.state === 'SYN-RECEIVED').length;
    if (waiting >= listener.backlog) {
      // Linux drops the SYN when the accept queue is full (tcp_abort_on_overflow = 0); the client will retry.
      this.world.synDropped(listener);
      return;
    }
    const child = this.open();
    child.connection = segment.connection;
    child.port = listener.port;
    child.peer = { actor: segment.from, port: segment.srcPort };
    // The new connection starts from its listener's state, so RFC 9293's LISTEN → SYN-RECEIVED applies to it.
    child.state = 'LISTEN';
    child.tcb = new TcpEnd(this.actor, listener.port, this.isn(segment.connection));
    child.tcb.receive(segment);
    this.byConnection.set(segment.connection, child);
    // The new connection belongs to the listener until accept() hands it over.
    this.sockets.delete(child.fd);
    this.pending.set(child, listener);
    this.apply(child, { kind: 'rcv-syn' });
  }

  /** The handshake finished: the connection waits in its listener's queue for accept(). */
  private established(child: Sock): void {
    const listener = this.pending.get(child);
    if (listener === undefined) return;
    this.pending.delete(child);
    listener.queue.push(child);
    this.world.readable(listener);
  }

  /** accept(): takes the first connection off the queue and gives it the lowest free descriptor. */
  accept(listener: Sock): Sock | undefined {
    const child = listener.queue.shift();
    if (child === undefined) return undefined;
    let fd = 3;
    while (this.sockets.has(fd)) fd++;
    child.fd = fd;
    this.sockets.set(fd, child);
    return child;
  }

  /** No socket for this segment: answer RST, acknowledging it when it had no ACK (RFC 9293 §3.10.7.1). */
  private refuse(segment: TcpSegmentData): void {
    const hasAck = segment.flags.includes('ACK');
    const end = new TcpEnd(this.actor, segment.dstPort, hasAck ? segment.ack : 0);
    end.receive(segment);
    this.world.sendFrom(end, { actor: segment.from, port: segment.srcPort }, segment.connection, hasAck ? ['RST'] : ['RST', 'ACK']);
  }
}
