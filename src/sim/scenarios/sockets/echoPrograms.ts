/**
 * The two programs of the sockets scenario, as small state machines: each
 * `run(now)` makes the program's next system call and says when it wants to
 * run again (after `callGapMs`), or that it is blocked (the scenario runs it
 * again when the kernel wakes it), or that it has exited. They are the
 * simulated twins of examples/sockets/: same calls, same order.
 *
 *   server: socket → bind → listen → accept ⟳ { recv → send … recv = 0 → close } → close(listener)
 *   client: socket → connect → send × n [→ shutdown] → recv … → close
 */
import type { Framing, SocketsFault } from '../scenarioParams';
import { frameMessage, MessageFramer } from './framing';
import type { SocketCalls } from './socketCalls';
import type { Sock } from './socketHost';

/** What a program wants after one step: its next call soon, to wait in a blocking call, to be busy until a time, or nothing more. */
export type ProgramNext = 'again' | 'blocked' | 'exit' | { readonly until: number };

/** What both programs know about the exchange. */
export interface ExchangeSpec {
  readonly messages: readonly string[];
  readonly framing: Framing;
  readonly recvBytes: number;
  readonly fault: SocketsFault;
  /** Records a whole application message taken out of the byte stream. */
  readonly appMessage: (actor: string, now: number, fd: number, index: number, text: string) => void;
  /** Hands bytes to TCP (cut into segments by the scenario). */
  readonly transmit: (sock: Sock, bytes: Uint8Array) => void;
}

/** The total bytes of every framed message: what an echo has to bring back. */
export function exchangeBytes(spec: ExchangeSpec): number {
  return spec.messages.reduce((sum, m) => sum + frameMessage(m, spec.framing).length, 0);
}

type ClientPhase = 'socket' | 'connect' | 'connecting' | 'send' | 'shutdown' | 'recv' | 'close' | 'exit';

/** The echo client: connect, send every message, read the echoes back, close. */
export class EchoClient {
  private phase: ClientPhase = 'socket';
  private sock: Sock | undefined;
  private sent = 0;
  private failed = false;
  private echoed = 0;
  private received = 0;
  private readonly framer: MessageFramer;

  constructor(
    private readonly calls: SocketCalls,
    private readonly spec: ExchangeSpec,
    private readonly connection: number,
    private readonly localPort: number,
    private readonly server: { actor: string; port: number },
    private readonly options: { readonly closeFirst: boolean; readonly halfClose: boolean },
  ) {
    this.framer = new MessageFramer(spec.framing);
  }

  /** Makes the next call. */
  run(now: number): ProgramNext {
    const calls = this.calls;
    switch (this.phase) {
      case 'socket':
        this.sock = calls.socket(now);
        this.phase = 'connect';
        return 'again';
      case 'connect':
        calls.connectStart(now, this.sock!, this.connection, this.localPort, this.server);
        this.phase = 'connecting';
        return 'blocked';
      case 'connecting': {
        const result = calls.connectFinish(now, this.sock!);
        if (result.blocked) return 'blocked';
        this.phase = result.value === 0 ? 'send' : 'close';
        return 'again';
      }
      case 'send': {
        const message = this.spec.messages[this.sent]!;
        const result = calls.send(now, this.sock!, frameMessage(message, this.spec.framing), this.spec.transmit);
        if (typeof result === 'string') this.failed = true;
        this.sent++;
        if (this.sent < this.spec.messages.length) return 'again';
        // A program that saw its writes fail gives up; otherwise it reads the echoes.
        this.phase = this.failed ? 'close' : this.options.halfClose ? 'shutdown' : 'recv';
        return 'again';
      }
      case 'shutdown':
        calls.shutdown(now, this.sock!);
        this.phase = 'recv';
        return 'again';
      case 'recv':
        return this.receive(now);
      case 'close':
        calls.close(now, this.sock!);
        this.phase = 'exit';
        return 'exit';
      case 'exit':
        return 'exit';
    }
  }

  private receive(now: number): ProgramNext {
    const sock = this.sock!;
    const resumed = this.calls.waiting?.call === 'recv';
    const result = this.calls.recv(now, sock, this.spec.recvBytes, resumed);
    if (result.blocked) return 'blocked';
    const value = result.value;
    if (typeof value === 'string' || value === 0) {
      this.phase = 'close';
      return 'again';
    }
    this.received += value.length;
    for (const text of this.framer.push(value)) this.spec.appMessage(this.calls.actor, now, sock.fd, ++this.echoed, text);
    // Closing first: as soon as every echoed byte is back. Otherwise: read on until recv() returns 0.
    if (this.options.closeFirst && !this.options.halfClose && this.received >= exchangeBytes(this.spec)) this.phase = 'close';
    return 'again';
  }
}

type ServerPhase = 'socket' | 'bind' | 'listen' | 'accept' | 'recv' | 'echo' | 'close-conn' | 'close-listener' | 'exit';

/** The iterative echo server: one connection at a time, each echoed until the client closes (or, closing first, until all is echoed). */
export class EchoServer {
  private phase: ServerPhase = 'socket';
  private listener: Sock | undefined;
  private conn: Sock | undefined;
  private framer: MessageFramer;
  private readonly outbox: Uint8Array[] = [];
  private served = 0;
  private echoedBytes = 0;
  private messages = 0;
  private abort = false;

  constructor(
    private readonly calls: SocketCalls,
    private readonly spec: ExchangeSpec,
    private readonly options: {
      readonly port: number; readonly backlog: number; readonly clients: number; readonly closeFirst: boolean;
      /** The server is busy with other work until then before its first accept() (the backlog-full fault). */
      readonly firstAcceptAt: number;
    },
  ) {
    this.framer = new MessageFramer(spec.framing);
  }

  /** Makes the next call. */
  run(now: number): ProgramNext {
    const calls = this.calls;
    switch (this.phase) {
      case 'socket':
        this.listener = calls.socket(now);
        this.phase = 'bind';
        return 'again';
      case 'bind':
        calls.bind(now, this.listener!, this.options.port);
        this.phase = 'listen';
        return 'again';
      case 'listen':
        calls.listen(now, this.listener!, this.options.backlog);
        this.phase = 'accept';
        return 'again';
      case 'accept': {
        if (this.served === 0 && now < this.options.firstAcceptAt) return { until: this.options.firstAcceptAt };
        const result = calls.accept(now, this.listener!, calls.waiting?.call === 'accept');
        if (result.blocked) return 'blocked';
        this.conn = result.value;
        this.framer = new MessageFramer(this.spec.framing);
        this.echoedBytes = 0;
        this.messages = 0;
        this.phase = 'recv';
        return 'again';
      }
      case 'recv':
        return this.receive(now);
      case 'echo': {
        calls.send(now, this.conn!, this.outbox.shift()!, this.spec.transmit);
        if (this.outbox.length > 0) return 'again';
        const allEchoed = this.options.closeFirst && this.echoedBytes >= exchangeBytes(this.spec);
        this.phase = allEchoed ? 'close-conn' : 'recv';
        return 'again';
      }
      case 'close-conn':
        calls.close(now, this.conn!, this.abort);
        this.served++;
        this.phase = this.served < this.options.clients ? 'accept' : 'close-listener';
        return 'again';
      case 'close-listener':
        calls.close(now, this.listener!);
        this.phase = 'exit';
        return 'exit';
      case 'exit':
        return 'exit';
    }
  }

  private receive(now: number): ProgramNext {
    const conn = this.conn!;
    const result = this.calls.recv(now, conn, this.spec.recvBytes, this.calls.waiting?.call === 'recv');
    if (result.blocked) return 'blocked';
    const value = result.value;
    if (typeof value === 'string' || value === 0) {
      this.phase = 'close-conn';
      return 'again';
    }
    if (this.spec.fault === 'reset') {
      // The fault: the server gives up on the connection at once, with SO_LINGER 0, so close() sends RST.
      this.abort = true;
      this.phase = 'close-conn';
      return 'again';
    }
    const whole = this.framer.push(value);
    for (const text of whole) this.spec.appMessage(this.calls.actor, now, conn.fd, ++this.messages, text);
    // Without framing the server echoes each chunk as it came; with framing, each whole message, framed again.
    const echoes = this.spec.framing === 'none' ? [value] : whole.map((text) => frameMessage(text, this.spec.framing));
    for (const bytes of echoes) this.echoedBytes += bytes.length;
    this.outbox.push(...echoes);
    this.phase = this.outbox.length > 0 ? 'echo' : 'recv';
    return 'again';
  }
}
