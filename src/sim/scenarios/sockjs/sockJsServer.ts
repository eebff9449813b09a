/**
 * The server's end of a SockJS session (sockjs-node 0.3, an echo service) as
 * a small state machine: it answers /info, takes a WebSocket (or refuses it
 * when the path blocks WebSocket) and opens the session with `o`, or answers
 * xhr_streaming with a chunked stream (the 2 KiB prelude, then `o`), reads
 * the client's sends (WebSocket messages or xhr_send POSTs, answered 204) and
 * echoes each message in an `a[…]` frame, sends app events the same way, and
 * a heartbeat `h` every heartbeat delay. Each method returns its actions as data.
 */
import { decodeSockJsSend } from '../../sockjs/clientSend';
import type { SockJsFrame } from '../../sockjs/frameTypes';
import type { Prng } from '../../engine/createPrng';
import type { GeneratedEvent } from '../../events/generateEvents';
import { parseRequest } from '../../http/parseRequest';
import type { Transfer } from '../../timeline/types';
import { validateHandshakeRequest } from '../../ws/validateHandshakeRequest';
import type { SockJsParams } from '../scenarioParams';
import { ARRIVE, IGNORED, type SockJsAction } from './sockJsActions';
import { infoResponse, pollingResponse, refused, sendAccepted, streamingChunk, streamingHead, switching, wsClose, wsFrame, type SockJsMessage } from './sockJsWire';

const ENTROPY_RANGE = 2 ** 32;
const OPEN: SockJsFrame = { type: 'open' };
const NO_ACTIONS: readonly SockJsAction[] = [];
const HEARTBEAT: SockJsFrame = { type: 'heartbeat' };

type AnswerRole = 'info-answer' | 'upgrade-answer' | 'stream-head' | 'send-answer';

/** Appends the answer `msg` to request `req`. */
function answerWith(actions: SockJsAction[], req: Transfer, msg: SockJsMessage, role: AnswerRole, transfer: Transfer['kind']): void {
  actions.push({ kind: 'send', transfer, connection: req.connection, role, msg, carries: undefined });
}

/** The server endpoint. */
export class SockJsServer {
  /** Where frames go: a WebSocket connection, or the connection of the held xhr_streaming answer. */
  private out: { readonly kind: 'ws' | 'stream' | 'buffered' | 'poll'; connection: number; requestId: number } | undefined;
  private closed = false;
  /** xhr-polling: frames waiting for the next poll, and whether a poll is held. */
  private readonly queue: SockJsFrame[] = [];
  private pollHeld = false;
  /** The last request read: its bytes, what the reader made of them, and the path's last segment. */
  private read: { readonly bytes: Uint8Array; readonly parsed: ReturnType<typeof parseRequest>; last?: string | undefined } | undefined;

  constructor(private readonly params: SockJsParams, private readonly prng: Prng) {}

  /** An HTTP request arrived. */
  request(req: Transfer, now: number): SockJsAction[] {
    const bytes = req.bytes;
    // Every xhr-polling request of a session is one message the client wrote once (the same bytes object):
    // read it once. Any other bytes are read afresh.
    if (bytes !== this.read?.bytes) this.read = { bytes, parsed: parseRequest(bytes) };
    const parsed = this.read.parsed;
    if (!parsed.ok) return [ARRIVE];
    this.read.last ??= parsed.value.target.split('?')[0]!.split('/').at(-1);
    const last = this.read.last;
    const actions: SockJsAction[] = [ARRIVE];
    if (last === 'info') {
      answerWith(actions, req, infoResponse({ websocket: true, origins: ['*:*'], cookie_needed: false, entropy: this.prng.nextInt(0, ENTROPY_RANGE) }), 'info-answer', 'http-response');
    } else if (last === 'websocket') {
      const verdict = validateHandshakeRequest(parsed.value);
      if (this.params.fault !== 'none' || !verdict.ok) {
        answerWith(actions, req, refused(), 'upgrade-answer', 'http-response');
        return actions;
      }
      answerWith(actions, req, switching(verdict.key), 'upgrade-answer', 'http-response');
      actions.push({ kind: 'state', connection: req.connection, state: 'upgraded' });
      this.out = { kind: 'ws', connection: req.connection, requestId: req.id };
      this.open(now, actions);
    } else if (last === 'xhr_streaming') {
      this.closed = false;
      actions.push({ kind: 'hold', requestId: req.id, summary: req.summary });
      if (this.params.fault === 'streaming-buffered') {
        // The proxy sits on the whole answer: nothing of it reaches the client while the stream is open.
        this.out = { kind: 'buffered', connection: req.connection, requestId: req.id };
        return actions;
      }
      answerWith(actions, req, streamingHead(), 'stream-head', 'http-response-head');
      this.out = { kind: 'stream', connection: req.connection, requestId: req.id };
      this.frameActions(actions, OPEN, undefined, 'prelude');
      this.open(now, actions);
    } else if (last === 'xhr') {
      if (this.out?.kind !== 'poll') {
        // A new session on xhr-polling: "o" answers the first poll at once.
        this.closed = false;
        this.out = { kind: 'poll', connection: req.connection, requestId: req.id };
        actions.push({ kind: 'send', transfer: 'http-response', connection: req.connection, role: 'poll-answer', msg: pollingResponse({ type: 'open' }) });
        actions.push({ kind: 'heartbeat-at', at: now + this.params.heartbeatMs });
        return actions;
      }
      this.out.connection = req.connection;
      this.out.requestId = req.id;
      this.pollHeld = true;
      // The per-event path: whole lists as literals (a push past a literal's length grows it by 17 slots).
      const hold: SockJsAction = { kind: 'hold', requestId: req.id, summary: req.summary };
      if (this.queue.length === 0) return [ARRIVE, hold];
      // Events that came while no poll was held (the usual case on a busy session): answered at once.
      const send = this.pollAnswer(this.takeQueued(), this.takenCarries());
      return [ARRIVE, hold, send, { kind: 'release', requestId: req.id }];
    } else if (last === 'xhr_send') {
      answerWith(actions, req, sendAccepted(), 'send-answer', 'http-response');
      const send = decodeSockJsSend(parsed.value.body ?? new Uint8Array(0));
      if (send.ok) for (const m of send.messages) this.frameActions(actions, { type: 'array', messages: [m] });
    }
    return actions;
  }

  /** A WebSocket message (its SockJS bytes) or, with none, a Close frame arrived. */
  frame(sockjs: Uint8Array | undefined): readonly SockJsAction[] {
    if (this.closed || !this.out) return IGNORED;
    const actions: SockJsAction[] = [ARRIVE];
    if (sockjs === undefined) {
      // The client closed: answer its Close, and the session is over.
      this.closed = true;
      actions.push({ kind: 'send', transfer: 'ws-frame', connection: this.out.connection, role: 'ws', msg: wsClose(1000, undefined) });
      return actions;
    }
    const send = decodeSockJsSend(sockjs, { transport: 'websocket' });
    if (send.ok) for (const m of send.messages) this.frameActions(actions, { type: 'array', messages: [m] });
    return actions;
  }

  /** The client dropped the streaming request: the stream ends with it. */
  connectionClosed(connection: number): SockJsAction[] {
    if (this.out?.connection !== connection || this.closed) return [];
    const out = this.out;
    if (out.kind === 'buffered') {
      // The buffered session is abandoned; the client's next rung starts a new one.
      this.out = undefined;
      return [{ kind: 'release', requestId: out.requestId }];
    }
    this.closed = true;
    return out.kind === 'stream' || (out.kind === 'poll' && this.pollHeld) ? [{ kind: 'release', requestId: out.requestId }] : [];
  }

  /** The application produced `event`: one message to the open session. */
  appEvent(event: GeneratedEvent): readonly SockJsAction[] {
    const out = this.out;
    if (!out || this.closed) return NO_ACTIONS;
    const frame: SockJsFrame = { type: 'array', messages: [event.payload] };
    const carries = [event.id];
    if (out.kind === 'poll') {
      // A poll waits and nothing is queued: the frame answers it as it is (what flushPoll would send).
      if (this.pollHeld && this.queue.length === 0) return [this.pollAnswer(frame, carries), { kind: 'release', requestId: out.requestId }];
      const actions: SockJsAction[] = [];
      this.frameActions(actions, frame, carries);
      return actions;
    }
    const send = this.frameSend(frame, carries);
    return send ? [send] : NO_ACTIONS;
  }

  /** heartbeat_delay passed: `h`. */
  heartbeat(now: number): SockJsAction[] {
    if (!this.out || this.closed || this.out.kind === 'buffered') return [];
    // sockjs-node beats only to a receiver that is attached: on xhr-polling, a held poll.
    if (this.out.kind === 'poll' && !this.pollHeld) return [{ kind: 'heartbeat-at', at: now + this.params.heartbeatMs }];
    const actions: SockJsAction[] = [{ kind: 'timer', timer: 'heartbeat', ms: this.params.heartbeatMs }];
    this.frameActions(actions, HEARTBEAT);
    actions.push({ kind: 'heartbeat-at', at: now + this.params.heartbeatMs });
    return actions;
  }

  private open(now: number, actions: SockJsAction[]): void {
    this.frameActions(actions, OPEN);
    actions.push({ kind: 'heartbeat-at', at: now + this.params.heartbeatMs });
  }

  /** Appends the sends that put `frame` (or the prelude) on the session's transport; `carries` (a fresh array) may become the poll queue's. */
  private frameActions(actions: SockJsAction[], frame: SockJsFrame, carries?: number[], prelude?: 'prelude'): void {
    if (this.out!.kind !== 'poll') {
      const send = this.frameSend(frame, carries, prelude);
      if (send) actions.push(send);
      return;
    }
    this.queue.push(frame);
    if (carries) {
      // The first ids are kept as the array they came in (the caller's own); later ones join it.
      if (this.queueCarries === undefined) this.queueCarries = carries;
      else for (let i = 0; i < carries.length; i++) this.queueCarries.push(carries[i]!);
    }
    this.flushPoll(actions);
  }

  /** The send that puts `frame` (or the prelude) on a WebSocket or stream; none while a proxy buffers the stream. */
  private frameSend(frame: SockJsFrame, carries?: readonly number[], prelude?: 'prelude'): SockJsAction | undefined {
    const out = this.out!;
    // One object literal of one shape per send (a spread of a conditional member made V8 build each one slowly).
    if (out.kind === 'ws') return { kind: 'send', transfer: 'ws-frame', connection: out.connection, role: 'ws', msg: wsFrame(frame), carries };
    if (out.kind === 'stream') return { kind: 'send', transfer: 'http-chunk', connection: out.connection, role: 'stream-chunk', msg: streamingChunk(prelude ?? frame), carries };
    return undefined;
  }

  /** The queued frames' event ids. */
  private queueCarries: number[] | undefined;

  /** xhr-polling: a held poll takes everything queued, messages joined in one "a" frame (sockjs-node's bulk send). */
  private flushPoll(actions: SockJsAction[]): void {
    if (!this.pollHeld || this.queue.length === 0) return;
    const requestId = this.out!.requestId;
    actions.push(this.pollAnswer(this.takeQueued(), this.takenCarries()), { kind: 'release', requestId });
  }

  /** The queued frames' event ids, taken. */
  private takenCarries(): number[] | undefined {
    const carries = this.queueCarries;
    this.queueCarries = undefined;
    return carries;
  }

  /** The answer to the held poll, `frame`; the caller releases the poll. */
  private pollAnswer(frame: SockJsFrame, carries: readonly number[] | undefined): SockJsAction {
    this.pollHeld = false;
    return { kind: 'send', transfer: 'http-response', connection: this.out!.connection, role: 'poll-answer', msg: pollingResponse(frame), carries };
  }

  /** The queued frames as one: their messages joined in one "a" frame, else the first frame (an "h", say). */
  private takeQueued(): SockJsFrame {
    const queue = this.queue;
    // One array frame, the common case on a busy session: taken as it is, no copy.
    if (queue.length === 1) return queue.pop()!;
    const first = queue[0]!;
    const messages: string[] = [];
    for (let i = 0; i < queue.length; i++) {
      const f = queue[i]!;
      if (f.type === 'array') for (let j = 0; j < f.messages.length; j++) messages.push(f.messages[j]!);
    }
    queue.length = 0;
    return messages.length > 0 ? { type: 'array', messages } : first;
  }
}
