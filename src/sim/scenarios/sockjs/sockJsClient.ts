/**
 * sockjs-client 1.x as a small state machine: it asks GET /info, then walks
 * its transport ladder (`sockJsLadder`, the rungs a modern browser uses) from the top — a WebSocket to
 * <server>/<session>/websocket, and when that is refused, xhr-streaming (a
 * streamed POST answer for the server's frames, xhr_send POSTs for its own,
 * one at a time, batching what waits). Messages the page sends before the
 * session opens wait for `o`. Each method returns its actions as data.
 */
import { decodeUtf8 } from '../../bytes/utf8';
import type { Prng } from '../../engine/createPrng';
import { eventPayload } from '../../events/eventPayload';
import { parseResponseHead } from '../../http/parseResponseHead';
import type { SockJsFrame } from '../../sockjs/frameTypes';
import { parseSockJsInfo } from '../../sockjs/info';
import type { Transfer } from '../../timeline/types';
import type { SockJsParams } from '../scenarioParams';
import type { MaskSource } from '../webSocketMessages';
import { handshakeKey } from '../webSocketMessages';
import { randomId } from '../socketio/randomId';
import { ARRIVE, ARRIVED, IGNORED, type SockJsAction } from './sockJsActions';
import { infoRequest, pollingRequest, sendRequest, sessionPath, streamingRequest, upgradeRequest, wsClose, wsSend, type SockJsMessage } from './sockJsWire';

const SESSION_ID_LENGTH = 8;
const CACHE_BUSTER_LENGTH = 8;
const SERVER_ID_RANGE = 1000;
/** sockjs-client's roundTrips for websocket, xhr-streaming and xhr-polling alike. */
const TRANSPORT_ROUND_TRIPS = 2;

type Transport = 'websocket' | 'xhr-streaming' | 'xhr-polling';
type Phase = 'info' | 'connecting' | 'open' | 'done';

/** The client endpoint. */
export class SockJsClient {
  private phase: Phase = 'info';
  private transport: Transport = 'websocket';
  private path: string;
  private readonly serverId: string;
  /** The time of the event being handled. */
  private now = 0;
  private nextConnection = 1;
  private readonly open = new Set<number>();
  private conns: { info?: number; ws?: number; stream?: number; send?: number; poll?: number } = {};
  private infoSentAt = 0;
  /** sockjs-client's retransmission timeout, from the /info round trip. */
  private rto = 0;
  private attempt = 0;
  private readonly outbox: string[] = [];
  private sendOut = false;
  /** xhr-polling: the session's poll request. */
  private poll: { readonly path: string; readonly msg: SockJsMessage } | undefined;

  constructor(private readonly params: SockJsParams, private readonly prng: Prng, private readonly masks: MaskSource) {
    this.serverId = String(prng.nextInt(0, SERVER_ID_RANGE)).padStart(3, '0');
    this.path = sessionPath(this.serverId, randomId(prng, SESSION_ID_LENGTH));
  }

  /** The transport the session ended up on. */
  get transportName(): Transport {
    return this.transport;
  }

  /** new SockJS(url): first GET /info. */
  start(now: number): SockJsAction[] {
    this.infoSentAt = now;
    const actions: SockJsAction[] = [];
    this.conns.info = this.openConnection(actions);
    actions.push({ kind: 'send', transfer: 'http-request', connection: this.conns.info, role: 'info', msg: infoRequest(this.params.headerSet, randomId(this.prng, CACHE_BUSTER_LENGTH)) });
    return actions;
  }

  /** The page calls send() with message `index`. */
  message(index: number): SockJsAction[] {
    if (this.phase === 'done') return [];
    const actions: SockJsAction[] = [{ kind: 'timer', timer: 'send-message', ms: 0 }];
    this.outbox.push(eventPayload(1000 + index, this.params.payloadBytes));
    this.flush(actions);
    return actions;
  }

  /** The page calls close(). */
  close(): SockJsAction[] {
    if (this.phase === 'done') return [];
    const actions: SockJsAction[] = [{ kind: 'timer', timer: 'close', ms: this.params.durationMs }];
    const wasOpen = this.phase === 'open';
    this.phase = 'done';
    if (wasOpen && this.transport === 'websocket' && this.conns.ws !== undefined) {
      actions.push({ kind: 'send', transfer: 'ws-frame', connection: this.conns.ws, role: 'ws', msg: wsClose(1000, this.masks.next()) });
      return actions;
    }
    // xhr-streaming: the client aborts its requests; the server's session times out on its own.
    for (const connection of [...this.open]) this.closeConnection(connection, actions);
    return actions;
  }

  /** An HTTP answer (or a chunk of the stream) arrived. */
  answer(transfer: Transfer, role: 'info-answer' | 'upgrade-answer' | 'stream-head' | 'stream-chunk' | 'send-answer' | 'poll-answer', msg: SockJsMessage): readonly SockJsAction[] {
    this.now = transfer.arrivedAt;
    if (this.phase === 'done') return IGNORED;
    // The per-event paths (a frame that does not open the session) answer with shared or literal lists.
    if (msg.frame?.type !== 'open' && (role === 'stream-chunk' || role === 'poll-answer')) {
      return role === 'poll-answer' && this.phase === 'open' ? [ARRIVE, this.pollSend()] : ARRIVED;
    }
    const actions: SockJsAction[] = [ARRIVE];
    if (role === 'info-answer') {
      const rtt = transfer.arrivedAt - this.infoSentAt;
      // sockjs-client's countRTO: a transport that has not opened after roundTrips × RTO is given up.
      this.rto = rtt > 100 ? 4 * rtt : 300 + rtt;
      const info = parseSockJsInfo(decodeUtf8(msg.sockjs ?? new Uint8Array(0)));
      this.closeConnection(this.conns.info!, actions);
      this.phase = 'connecting';
      if (info?.websocket === false) this.startStreaming(actions);
      else this.startWebSocket(actions);
      return actions;
    }
    if (role === 'upgrade-answer') {
      const head = parseResponseHead(transfer.bytes);
      if (head.ok && head.value.status === 101) return actions;
      // The WebSocket did not get through: the next rung of the ladder.
      this.closeConnection(transfer.connection, actions);
      this.startStreaming(actions);
      return actions;
    }
    if (role === 'send-answer') {
      this.sendOut = false;
      this.flush(actions);
      return actions;
    }
    if (role === 'stream-chunk') this.frame(msg.frame, actions);
    if (role === 'poll-answer') {
      this.frame(msg.frame, actions);
      // The frame may have been the session's "c"; a live session polls again at once.
      if ((this.phase as Phase) === 'open') this.sendPoll(actions);
    }
    return actions;
  }

  /** The transport timer of attempt `attempt` fired: a transport that has not opened is abandoned for the next rung. */
  transportTimeout(attempt: number, now: number): SockJsAction[] {
    this.now = now;
    if (attempt !== this.attempt || this.phase !== 'connecting') return [];
    const actions: SockJsAction[] = [{ kind: 'timer', timer: 'transport-timeout', ms: TRANSPORT_ROUND_TRIPS * this.rto }];
    for (const connection of [...this.open]) this.closeConnection(connection, actions);
    if (this.transport === 'websocket') this.startStreaming(actions);
    else if (this.transport === 'xhr-streaming') this.startPolling(actions);
    return actions;
  }

  /** A WebSocket message (the server's SockJS frame), or a Close frame (none). */
  wsMessage(frame: SockJsFrame | undefined): readonly SockJsAction[] {
    if (frame === undefined) {
      const actions: SockJsAction[] = [ARRIVE];
      if (this.conns.ws !== undefined) this.closeConnection(this.conns.ws, actions);
      this.phase = 'done';
      return actions;
    }
    if (this.phase === 'done') return IGNORED;
    if (frame.type !== 'open') return ARRIVED;
    const actions: SockJsAction[] = [ARRIVE];
    this.frame(frame, actions);
    return actions;
  }

  private frame(frame: SockJsFrame | undefined, actions: SockJsAction[]): void {
    // "o" opens the session; "a[…]" messages are delivered (the transfer's carries); "h" only keeps it alive.
    if (frame?.type === 'open') {
      this.phase = 'open';
      this.flush(actions);
    }
  }

  private armTimeout(actions: SockJsAction[]): void {
    // Each rung gets a session of its own, as sockjs-client draws a new session id per transport.
    if (this.attempt > 0) this.path = sessionPath(this.serverId, randomId(this.prng, SESSION_ID_LENGTH));
    this.attempt++;
    actions.push({ kind: 'transport-timeout-at', at: this.now + TRANSPORT_ROUND_TRIPS * this.rto, attempt: this.attempt });
  }

  private startWebSocket(actions: SockJsAction[]): void {
    this.armTimeout(actions);
    this.transport = 'websocket';
    this.conns.ws = this.openConnection(actions);
    actions.push({ kind: 'send', transfer: 'http-request', connection: this.conns.ws, role: 'upgrade', msg: upgradeRequest(this.params.headerSet, this.path, handshakeKey(this.prng)) });
  }

  private startStreaming(actions: SockJsAction[]): void {
    this.armTimeout(actions);
    this.transport = 'xhr-streaming';
    this.conns.ws = undefined;
    this.conns.stream = this.openConnection(actions);
    actions.push({ kind: 'send', transfer: 'http-request', connection: this.conns.stream, role: 'stream', msg: streamingRequest(this.params.headerSet, this.path, randomId(this.prng, CACHE_BUSTER_LENGTH)) });
  }

  private startPolling(actions: SockJsAction[]): void {
    this.armTimeout(actions);
    this.transport = 'xhr-polling';
    this.conns.stream = undefined;
    this.conns.poll = this.openConnection(actions);
    this.sendPoll(actions);
  }

  private sendPoll(actions: SockJsAction[]): void {
    actions.push(this.pollSend());
  }

  private pollSend(): SockJsAction {
    // Every poll of a session is the same request: written once, its message shared by each poll's transfer.
    if (this.poll?.path !== this.path) this.poll = { path: this.path, msg: pollingRequest(this.params.headerSet, this.path) };
    return { kind: 'send', transfer: 'http-request', connection: this.conns.poll!, role: 'poll', msg: this.poll.msg, carries: undefined };
  }

  private flush(actions: SockJsAction[]): void {
    if (this.phase !== 'open' || this.outbox.length === 0) return;
    if (this.transport === 'websocket') {
      // sockjs-client's WebSocket transport sends each message as its own one-element array.
      for (const m of this.outbox.splice(0)) actions.push({ kind: 'send', transfer: 'ws-frame', connection: this.conns.ws!, role: 'ws', msg: wsSend([m], this.masks.next()) });
      return;
    }
    if (this.sendOut) return;
    this.sendOut = true;
    this.conns.send ??= this.openConnection(actions);
    actions.push({ kind: 'send', transfer: 'http-request', connection: this.conns.send, role: 'send', msg: sendRequest(this.params.headerSet, this.path, this.outbox.splice(0)) });
  }

  private openConnection(actions: SockJsAction[]): number {
    const connection = this.nextConnection++;
    this.open.add(connection);
    actions.push({ kind: 'state', connection, state: 'open' });
    return connection;
  }

  private closeConnection(connection: number, actions: SockJsAction[]): void {
    if (this.open.delete(connection)) actions.push({ kind: 'state', connection, state: 'closed' });
  }
}
