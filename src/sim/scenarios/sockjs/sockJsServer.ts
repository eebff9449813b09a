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
import type { SockJsAction } from './sockJsActions';
import { infoResponse, pollingResponse, refused, sendAccepted, streamingChunk, streamingHead, switching, wsClose, wsFrame, type SockJsMessage } from './sockJsWire';

const ENTROPY_RANGE = 2 ** 32;

/** The server endpoint. */
export class SockJsServer {
  /** Where frames go: a WebSocket connection, or the connection of the held xhr_streaming answer. */
  private out: { readonly kind: 'ws' | 'stream' | 'buffered' | 'poll'; connection: number; requestId: number } | undefined;
  private closed = false;
  /** xhr-polling: frames waiting for the next poll, and whether a poll is held. */
  private readonly queue: SockJsFrame[] = [];
  private pollHeld = false;

  constructor(private readonly params: SockJsParams, private readonly prng: Prng) {}

  /** An HTTP request arrived. */
  request(req: Transfer, now: number): SockJsAction[] {
    const parsed = parseRequest(req.bytes);
    if (!parsed.ok) return [{ kind: 'arrive' }];
    const path = parsed.value.target.split('?')[0]!;
    const last = path.split('/').at(-1);
    const actions: SockJsAction[] = [{ kind: 'arrive' }];
    const answer = (msg: SockJsMessage, role: 'info-answer' | 'upgrade-answer' | 'stream-head' | 'send-answer', transfer: Transfer['kind'] = 'http-response') =>
      actions.push({ kind: 'send', transfer, connection: req.connection, role, msg });
    if (last === 'info') {
      answer(infoResponse({ websocket: true, origins: ['*:*'], cookie_needed: false, entropy: this.prng.nextInt(0, ENTROPY_RANGE) }), 'info-answer');
    } else if (last === 'websocket') {
      const verdict = validateHandshakeRequest(parsed.value);
      if (this.params.fault !== 'none' || !verdict.ok) {
        answer(refused(), 'upgrade-answer');
        return actions;
      }
      answer(switching(verdict.key), 'upgrade-answer');
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
      answer(streamingHead(), 'stream-head', 'http-response-head');
      this.out = { kind: 'stream', connection: req.connection, requestId: req.id };
      actions.push(...this.frameActions({ type: 'open' }, undefined, 'prelude'));
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
      actions.push({ kind: 'hold', requestId: req.id, summary: req.summary });
      this.flushPoll(actions);
    } else if (last === 'xhr_send') {
      answer(sendAccepted(), 'send-answer');
      const send = decodeSockJsSend(parsed.value.body ?? new Uint8Array(0));
      if (send.ok) for (const m of send.messages) actions.push(...this.frameActions({ type: 'array', messages: [m] }));
    }
    return actions;
  }

  /** A WebSocket message (its SockJS bytes) or, with none, a Close frame arrived. */
  frame(sockjs: Uint8Array | undefined): SockJsAction[] {
    if (this.closed || !this.out) return [{ kind: 'ignore' }];
    const actions: SockJsAction[] = [{ kind: 'arrive' }];
    if (sockjs === undefined) {
      // The client closed: answer its Close, and the session is over.
      this.closed = true;
      actions.push({ kind: 'send', transfer: 'ws-frame', connection: this.out.connection, role: 'ws', msg: wsClose(1000, undefined) });
      return actions;
    }
    const send = decodeSockJsSend(sockjs, { transport: 'websocket' });
    if (send.ok) for (const m of send.messages) actions.push(...this.frameActions({ type: 'array', messages: [m] }));
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
  appEvent(event: GeneratedEvent): SockJsAction[] {
    if (!this.out || this.closed) return [];
    return this.frameActions({ type: 'array', messages: [event.payload] }, [event.id]);
  }

  /** heartbeat_delay passed: `h`. */
  heartbeat(now: number): SockJsAction[] {
    if (!this.out || this.closed || this.out.kind === 'buffered') return [];
    // sockjs-node beats only to a receiver that is attached: on xhr-polling, a held poll.
    if (this.out.kind === 'poll' && !this.pollHeld) return [{ kind: 'heartbeat-at', at: now + this.params.heartbeatMs }];
    return [{ kind: 'timer', timer: 'heartbeat', ms: this.params.heartbeatMs }, ...this.frameActions({ type: 'heartbeat' }), { kind: 'heartbeat-at', at: now + this.params.heartbeatMs }];
  }

  private open(now: number, actions: SockJsAction[]): void {
    actions.push(...this.frameActions({ type: 'open' }));
    actions.push({ kind: 'heartbeat-at', at: now + this.params.heartbeatMs });
  }

  private frameActions(frame: SockJsFrame, carries?: readonly number[], prelude?: 'prelude'): SockJsAction[] {
    const out = this.out!;
    const base = { kind: 'send' as const, connection: out.connection, ...(carries ? { carries } : {}) };
    switch (out.kind) {
      case 'ws': return [{ ...base, transfer: 'ws-frame', role: 'ws', msg: wsFrame(frame) }];
      case 'stream': return [{ ...base, transfer: 'http-chunk', role: 'stream-chunk', msg: streamingChunk(prelude ?? frame) }];
      case 'buffered': return [];
      case 'poll': {
        this.queue.push(frame);
        this.queueCarries.push(...(carries ?? []));
        const actions: SockJsAction[] = [];
        this.flushPoll(actions);
        return actions;
      }
    }
  }

  private readonly queueCarries: number[] = [];

  /** xhr-polling: a held poll takes everything queued, messages joined in one "a" frame (sockjs-node's bulk send). */
  private flushPoll(actions: SockJsAction[]): void {
    const out = this.out!;
    if (!this.pollHeld || this.queue.length === 0) return;
    const frames = this.queue.splice(0);
    const messages = frames.flatMap((f) => (f.type === 'array' ? f.messages : []));
    const frame: SockJsFrame = messages.length > 0 ? { type: 'array', messages } : frames[0]!;
    const carries = this.queueCarries.splice(0);
    this.pollHeld = false;
    actions.push({ kind: 'send', transfer: 'http-response', connection: out.connection, role: 'poll-answer', msg: pollingResponse(frame), ...(carries.length ? { carries } : {}) });
    actions.push({ kind: 'release', requestId: out.requestId });
  }
}
