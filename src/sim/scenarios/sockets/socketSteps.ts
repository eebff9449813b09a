/**
 * The step records of the sockets lesson (system calls, TCP states, whole
 * messages), kept beside the scenario rather than in the timeline core, so a
 * lesson that never draws a socket call does not ship them. Like the core
 * records, each caption is a getter derived from the step's own fields.
 */
import type { Caption, CaptionKey, SocketCall, Step, SyscallStep, TcpStateName } from '../../timeline/types';

type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

// The caption of each call's return, by call; errors, end of stream and an abortive close have their own.
const RETURN_CAPTIONS: Readonly<Record<SocketCall, CaptionKey>> = {
  socket: 'step.sys.socket', bind: 'step.sys.bind', listen: 'step.sys.listen', accept: 'step.sys.accept', connect: 'step.sys.connect',
  send: 'step.sys.send', recv: 'step.sys.recv', shutdown: 'step.sys.shutdown', close: 'step.sys.close',
};
const ENTER_CAPTIONS: Partial<Readonly<Record<SocketCall, CaptionKey>>> = { accept: 'step.sys.acceptEnter', connect: 'step.sys.connectEnter', recv: 'step.sys.recvEnter' };

/** A process enters or returns from a socket system call. */
export class SyscallStepRecord implements SyscallStep {
  readonly kind = 'syscall';
  constructor(
    readonly time: number,
    readonly actor: string,
    readonly call: SocketCall,
    readonly phase: 'enter' | 'return',
    readonly fd: number,
    readonly args: readonly string[],
    readonly result?: number | string,
    readonly data?: string,
  ) {}
  /** "server: accept(3) returns 4: a new socket …", "client: connect(3) fails with ECONNREFUSED" … */
  get caption(): Caption {
    const values = { actor: this.actor, call: this.call, fd: this.fd, args: this.args.join(', '), result: this.result ?? '', data: this.data ?? '' };
    if (this.phase === 'enter') return { key: ENTER_CAPTIONS[this.call] ?? RETURN_CAPTIONS[this.call], values };
    if (typeof this.result === 'string') return { key: 'step.sys.error', values };
    if (this.call === 'recv' && this.result === 0) return { key: 'step.sys.recvEof', values };
    if (this.call === 'close' && this.args.includes('SO_LINGER 0')) return { key: 'step.sys.closeAbort', values };
    return { key: RETURN_CAPTIONS[this.call], values };
  }
}

/** A socket enters a TCP state (RFC 9293), or its listen queue drops a SYN. */
export class TcpStateStep implements StepOf<'tcp-state'> {
  readonly kind = 'tcp-state';
  constructor(
    readonly time: number,
    readonly actor: string,
    readonly fd: number,
    readonly connection: number,
    readonly state: TcpStateName,
    readonly note?: 'syn-dropped',
    readonly backlog?: number,
  ) {}
  /** "client: socket 3 is now SYN-SENT", or "server: the queue of socket 3 is full ({backlog}): the SYN is dropped". */
  get caption(): Caption {
    if (this.note === 'syn-dropped') return { key: 'step.synDropped', values: { actor: this.actor, fd: this.fd, backlog: this.backlog ?? 0 } };
    return { key: 'step.tcpState', values: { actor: this.actor, fd: this.fd, state: this.state } };
  }
}

/** The application has one whole message (as its framing reads the byte stream). */
export class AppMessageStep implements StepOf<'app-message'> {
  readonly kind = 'app-message';
  constructor(readonly time: number, readonly actor: string, readonly fd: number, readonly index: number, readonly text: string) {}
  /** "server's application has message #1: hello". */
  get caption(): Caption {
    return { key: 'step.appMessage', values: { actor: this.actor, index: this.index, text: this.text } };
  }
}
