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
import { infoResponse, refused, sendAccepted, streamingChunk, streamingHead, switching, wsClose, wsFrame, type SockJsMessage } from './sockJsWire';

const ENTROPY_RANGE = 2 ** 32;

/** The server endpoint. */
export class SockJsServer {
  /** Where frames go: a WebSocket connection, or the connection of the held xhr_streaming answer. */
  private out: { readonly kind: 'ws' | 'stream'; readonly connection: number; readonly requestId: number } | undefined;
  private closed = false;

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
      if (this.params.fault === 'websocket-blocked' || !verdict.ok) {
        answer(refused(), 'upgrade-answer');
        return actions;
      }
      answer(switching(verdict.key), 'upgrade-answer');
      actions.push({ kind: 'state', connection: req.connection, state: 'upgraded' });
      this.out = { kind: 'ws', connection: req.connection, requestId: req.id };
      this.open(now, actions);
    } else if (last === 'xhr_streaming') {
      answer(streamingHead(), 'stream-head', 'http-response-head');
      this.out = { kind: 'stream', connection: req.connection, requestId: req.id };
      actions.push({ kind: 'hold', requestId: req.id, summary: req.summary });
      actions.push(this.frameAction({ type: 'open' }, undefined, 'prelude'));
      this.open(now, actions);
    } else if (last === 'xhr_send') {
      answer(sendAccepted(), 'send-answer');
      const send = decodeSockJsSend(parsed.value.body ?? new Uint8Array(0));
      if (send.ok) for (const m of send.messages) actions.push(this.frameAction({ type: 'array', messages: [m] }));
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
    if (send.ok) for (const m of send.messages) actions.push(this.frameAction({ type: 'array', messages: [m] }));
    return actions;
  }

  /** The client dropped the streaming request: the stream ends with it. */
  connectionClosed(connection: number): SockJsAction[] {
    if (this.out?.connection !== connection || this.closed) return [];
    this.closed = true;
    return this.out.kind === 'stream' ? [{ kind: 'release', requestId: this.out.requestId }] : [];
  }

  /** The application produced `event`: one message to the open session. */
  appEvent(event: GeneratedEvent): SockJsAction[] {
    if (!this.out || this.closed) return [];
    return [this.frameAction({ type: 'array', messages: [event.payload] }, [event.id])];
  }

  /** heartbeat_delay passed: `h`. */
  heartbeat(now: number): SockJsAction[] {
    if (!this.out || this.closed) return [];
    return [{ kind: 'timer', timer: 'heartbeat', ms: this.params.heartbeatMs }, this.frameAction({ type: 'heartbeat' }), { kind: 'heartbeat-at', at: now + this.params.heartbeatMs }];
  }

  private open(now: number, actions: SockJsAction[]): void {
    actions.push(this.frameAction({ type: 'open' }));
    actions.push({ kind: 'heartbeat-at', at: now + this.params.heartbeatMs });
  }

  private frameAction(frame: SockJsFrame, carries?: readonly number[], prelude?: 'prelude'): SockJsAction {
    const out = this.out!;
    const base = { kind: 'send' as const, connection: out.connection, ...(carries ? { carries } : {}) };
    if (out.kind === 'ws') return { ...base, transfer: 'ws-frame', role: 'ws', msg: wsFrame(frame) };
    return { ...base, transfer: 'http-chunk', role: 'stream-chunk', msg: streamingChunk(prelude ?? frame) };
  }
}
