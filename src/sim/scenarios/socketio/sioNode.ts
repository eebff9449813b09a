/**
 * One socket.io server node (socket.io 4 on engine.io 6) as a small state
 * machine. It answers the polling handshake with the open packet, holds each
 * long-poll GET until it has packets, answers every POST "ok", takes the
 * WebSocket upgrade (2probe → 3probe, a noop every 100 ms to end the held
 * poll, then 5), pings every pingInterval and closes a session whose pong
 * does not come within pingTimeout. Its "echo" handler answers an ack with
 * the same arguments, else emits "echo" back; app events go out as "tick".
 * A request for a session this node never made gets engine.io's
 * 400 {"code":1,"message":"Session ID unknown"}. It acts on what the client
 * wrote (see SioMessage), reads with the project's codecs what it cannot take
 * so (the WebSocket upgrade, custom request headers), and returns its actions
 * as data.
 */
import { decodeEngineIoPayload } from '../../engineio/decodePayload';
import { ENGINE_IO_HTTP_ERRORS } from '../../engineio/handshakeErrors';
import { encodeOpenPacket } from '../../engineio/openHandshake';
import type { EngineIoPacket } from '../../engineio/types';
import type { Prng } from '../../engine/createPrng';
import type { GeneratedEvent } from '../../events/generateEvents';
import { parseRequest } from '../../http/parseRequest';
import { ACK, CONNECT, DISCONNECT, EVENT } from '../../socketio/packetTypes';
import type { SocketIoPacket } from '../../socketio/types';
import type { Transfer } from '../../timeline/types';
import { validateHandshakeRequest } from '../../ws/validateHandshakeRequest';
import type { SocketIoParams } from '../scenarioParams';
import { ARRIVE, ARRIVE_ACTION, IGNORE, sendAction, type SioAction } from './sioActions';
import { NO_MASK, errorResponse, okResponse, pollResponse, switching, upgradeAbort, wsCloseFrame, wsPacketFrame, bareResponse, type SioMessage } from './sioWire';
import { randomId } from './randomId';
import { carriedSocketIo, SioMessagePacket, tickPacket } from './sioMessagePacket';

/** engine.io's upgrade check: while a client upgrades, a held poll is ended by a noop this often. */
export const UPGRADE_CHECK_MS = 100;
const UNKNOWN_SID = ENGINE_IO_HTTP_ERRORS[1]!;
const NO_EVENT = -1;
const NO_CARRIES: readonly number[] = Object.freeze([]);

interface Session {
  readonly sid: string;
  readonly sioSid: string;
  transport: 'polling' | 'websocket';
  /** The long-poll GET being held: the request and its connection. */
  held: Transfer | undefined;
  /** The WebSocket connection once upgraded or probing. */
  ws: number | undefined;
  upgrading: boolean;
  /**
   * The first `waiting` of `outbox` are the packets waiting for a way out, each with the app event it carries in
   * `outboxEvents` (-1: none). The arrays are never emptied: V8 frees a store whose length is set to 0.
   */
  readonly outbox: EngineIoPacket[];
  readonly outboxEvents: number[];
  waiting: number;
  joined: boolean;
  awaitingPong: boolean;
  tickAcks: number;
  closed: boolean;
}

/** A request target's query parameters (the simulator has no URL class: no DOM lib). */
export function queryParams(target: string): Map<string, string> {
  const params = new Map<string, string>();
  const at = target.indexOf('?');
  if (at < 0) return params;
  for (const pair of target.slice(at + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) params.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return params;
}

/** A node's answer to request `req` (a method, not a closure per request: a run answers thousands). */
function answerTo(req: Transfer, msg: SioMessage, role: 'poll-answer' | 'post-answer' | 'upgrade-answer'): SioAction {
  return sendAction('http-response', req.connection, role, msg, undefined, req.id);
}

/** One server node. */
export class SioNode {
  private readonly sessions = new Map<string, Session>();
  /** The WebSocket connections this node answered 101 on, by connection, with their sid. */
  private readonly sockets = new Map<number, string>();
  private up = true;

  constructor(
    readonly id: string,
    private readonly params: SocketIoParams,
    private readonly ids: Prng,
    /** The path refuses WebSocket upgrades (a proxy or the block switch): 403. */
    private readonly refuseUpgrade: boolean,
  ) {}

  /**
   * The actions of the call being handled, in one array reused from call to call: the driver carries them out
   * before it calls this node again (an array per event was garbage on the hot path).
   */
  private readonly out: SioAction[] = [];
  /** The same for an app event, whose list may be empty: V8 frees a backing store whose length is set to 0, so not `out`'s. */
  private readonly eventOut: SioAction[] = [];

  private begin(first: SioAction): SioAction[] {
    const out = this.out;
    // Cut to one, not emptied: setting the length to 0 frees the backing store (regrown by the next push).
    out.length = 1;
    out[0] = first;
    return out;
  }

  private with(actions: SioAction[], last: SioAction): SioAction[] {
    actions.push(last);
    return actions;
  }

  /** True while the node runs (server-restart takes it away). */
  get running(): boolean {
    return this.up;
  }

  /** The process goes away: every session is gone with it. */
  crash(): void {
    this.up = false;
    this.sessions.clear();
    this.sockets.clear();
  }

  /** The process is back, with no sessions. */
  restart(): void {
    this.up = true;
  }

  /** True if this node has the live session `sid` (what a sticky load balancer routes by). */
  has(sid: string): boolean {
    const session = this.sessions.get(sid);
    return session !== undefined && !session.closed;
  }

  /** The client closed `connection`: a poll held on it ends its session ("poll connection closed prematurely"), a WebSocket its socket. */
  connectionClosed(connection: number): void {
    for (const session of this.sessions.values()) {
      if (session.held?.connection === connection) {
        session.held = undefined;
        session.closed = true;
      }
    }
    this.socketGone(connection);
  }

  /** The sid of the session a WebSocket connection belongs to. */
  sidOf(connection: number): string | undefined {
    return this.sockets.get(connection);
  }

  /** An HTTP request arrived: a handshake, a poll, a POST or a WebSocket upgrade. */
  request(req: Transfer, msg: SioMessage, now: number): SioAction[] {
    if (msg.poll) return this.polling(req, msg, msg.poll.method, msg.poll.sid, msg.packets, now);
    const parsed = parseRequest(req.bytes);
    if (!parsed.ok) return [...ARRIVE];
    const { method, target, body } = parsed.value;
    const query = queryParams(target);
    const sid = query.get('sid');
    const transport = query.get('transport');
    const actions: SioAction[] = [ARRIVE_ACTION];
    if (transport === 'websocket') {
      if (this.refuseUpgrade) return [...actions, answerTo(req, bareResponse(403, 'WebSocket blocked'), 'upgrade-answer')];
      const session = sid === undefined ? undefined : this.sessions.get(sid);
      if (sid !== undefined && (session === undefined || session.closed)) return [...actions, answerTo(req, upgradeAbort(UNKNOWN_SID.message), 'upgrade-answer')];
      const verdict = validateHandshakeRequest(parsed.value);
      if (!verdict.ok) return [...actions, answerTo(req, bareResponse(400, 'not a WebSocket handshake'), 'upgrade-answer')];
      actions.push(answerTo(req, switching(verdict.key), 'upgrade-answer'));
      actions.push({ kind: 'state', connection: req.connection, state: 'upgraded' });
      if (session) {
        session.ws = req.connection;
        this.sockets.set(req.connection, session.sid);
        return actions;
      }
      // websocket only: the session starts on this connection, its open packet is the first message.
      const fresh = this.open('websocket', now, actions);
      fresh.ws = req.connection;
      this.sockets.set(req.connection, fresh.sid);
      this.flush(fresh, actions);
      return actions;
    }
    const payload = method === 'GET' ? undefined : decodeEngineIoPayload(body ?? new Uint8Array(0), { maxPayload: this.params.maxPayload });
    return this.polling(req, msg, method, sid, payload?.ok ? payload.packets : undefined, now);
  }

  /** A polling request: the handshake GET, a long poll, or a POST of `packets` (undefined: none could be read). */
  private polling(req: Transfer, msg: SioMessage, method: string, sid: string | undefined, packets: readonly EngineIoPacket[] | undefined, now: number): SioAction[] {
    const actions = this.begin(ARRIVE_ACTION);
    if (sid === undefined) {
      if (method !== 'GET') return this.with(actions, answerTo(req, errorResponse(ENGINE_IO_HTTP_ERRORS[2]!), 'post-answer'));
      const session = this.open('polling', now, actions);
      const open = session.outbox.slice(0, session.waiting);
      session.waiting = 0;
      actions.push(answerTo(req, pollResponse(open), 'poll-answer'));
      return actions;
    }
    const session = this.sessions.get(sid);
    if (session === undefined || session.closed) return this.with(actions, answerTo(req, errorResponse(UNKNOWN_SID), method === 'GET' ? 'poll-answer' : 'post-answer'));
    if (method === 'GET') {
      session.held = req;
      actions.push({ kind: 'hold', requestId: req.id, summary: req.summary });
      this.flush(session, actions);
      return actions;
    }
    actions.push(answerTo(req, okResponse(), 'post-answer'));
    // engine.io refuses a body over maxHttpBufferSize before reading it (what decodeEngineIoPayload does with maxPayload).
    if (packets !== undefined && msg.message.payloadBytes <= this.params.maxPayload) for (let i = 0; i < packets.length; i++) this.packet(session, packets[i]!, now, actions);
    return actions;
  }

  /** A WebSocket frame arrived on `connection` (its engine.io bytes). */
  frame(connection: number, packet: EngineIoPacket, now: number): SioAction[] {
    const sid = this.sockets.get(connection);
    const session = sid === undefined ? undefined : this.sessions.get(sid);
    if (session === undefined || session.closed) return [...IGNORE];
    const actions = this.begin(ARRIVE_ACTION);
    if (packet.type === 'ping' && packet.data === 'probe') {
      session.upgrading = true;
      actions.push(sendAction('ws-frame', connection, 'ws', wsPacketFrame({ type: 'pong', data: 'probe' }, NO_MASK)));
      actions.push({ kind: 'schedule', at: now + UPGRADE_CHECK_MS, wake: { kind: 'upgrade-check', node: this.id, sid: session.sid } });
      return actions;
    }
    if (packet.type === 'upgrade') {
      session.upgrading = false;
      session.transport = 'websocket';
      // engine.io discards the polling transport; a poll still held would be answered with a noop first.
      if (session.held) this.answerHeld(session, [{ type: 'noop' }], [], actions);
      this.flush(session, actions);
      return actions;
    }
    this.packet(session, packet, now, actions);
    return actions;
  }

  /** The client closed or lost the WebSocket connection: a session on it is over. */
  socketGone(connection: number): void {
    const sid = this.sockets.get(connection);
    this.sockets.delete(connection);
    const session = sid === undefined ? undefined : this.sessions.get(sid);
    if (session && session.ws === connection && session.transport === 'websocket') session.closed = true;
  }

  /** The proxy cut held request `requestId`: engine.io closes the session ("poll connection closed prematurely"). */
  heldCut(requestId: number): boolean {
    for (const session of this.sessions.values()) {
      if (session.held?.id === requestId) {
        session.held = undefined;
        session.closed = true;
        return true;
      }
    }
    return false;
  }

  /** The application produced `event`: a "tick" to every joined session. */
  appEvent(event: GeneratedEvent): SioAction[] {
    const actions = this.eventOut;
    actions.length = 0;
    for (const session of this.sessions.values()) {
      if (session.closed || !session.joined) continue;
      const packet = tickPacket(this.params.tickAck ? session.tickAcks++ : undefined, event.payload);
      this.enqueue(session, new SioMessagePacket(packet), event.id, actions);
    }
    return actions;
  }

  /** pingInterval elapsed since the open or the last pong: ping. */
  ping(sid: string, now: number): SioAction[] {
    const session = this.sessions.get(sid);
    if (!session || session.closed) return [];
    const actions: SioAction[] = [{ kind: 'timer', timer: 'heartbeat', ms: this.params.pingIntervalMs }];
    session.awaitingPong = true;
    this.enqueue(session, { type: 'ping' }, NO_EVENT, actions);
    actions.push({ kind: 'schedule', at: now + this.params.pingTimeoutMs, wake: { kind: 'ping-timeout', node: this.id, sid, pingAt: now } });
    return actions;
  }

  /** pingTimeout elapsed after a ping: without a pong the session is closed ("ping timeout"). */
  pingTimeout(sid: string): SioAction[] {
    const session = this.sessions.get(sid);
    if (!session || session.closed || !session.awaitingPong) return [];
    const actions: SioAction[] = [{ kind: 'timer', timer: 'ping-timeout', ms: this.params.pingTimeoutMs }];
    this.close(session, actions);
    return actions;
  }

  /** While a client upgrades, a held poll is ended with a noop so the client can pause polling. */
  upgradeCheck(sid: string, now: number): SioAction[] {
    const session = this.sessions.get(sid);
    if (!session || session.closed || !session.upgrading || session.transport !== 'polling') return [];
    const actions: SioAction[] = [];
    if (session.held) {
      actions.push({ kind: 'timer', timer: 'upgrade-check', ms: UPGRADE_CHECK_MS });
      this.answerHeld(session, [{ type: 'noop' }], [], actions);
    }
    actions.push({ kind: 'schedule', at: now + UPGRADE_CHECK_MS, wake: { kind: 'upgrade-check', node: this.id, sid } });
    return actions;
  }

  private open(transport: 'polling' | 'websocket', now: number, actions: SioAction[]): Session {
    const sid = randomId(this.ids);
    const session: Session = {
      sid, sioSid: randomId(this.ids), transport, held: undefined, ws: undefined, upgrading: false,
      outbox: [], outboxEvents: [], waiting: 0, joined: false, awaitingPong: false, tickAcks: 0, closed: false,
    };
    this.sessions.set(sid, session);
    const upgrades = transport === 'polling' ? ['websocket'] : [];
    const { pingIntervalMs: pingInterval, pingTimeoutMs: pingTimeout, maxPayload } = this.params;
    session.outbox[0] = encodeOpenPacket({ sid, upgrades, pingInterval, pingTimeout, maxPayload });
    session.outboxEvents[0] = NO_EVENT;
    session.waiting = 1;
    actions.push({ kind: 'schedule', at: now + pingInterval, wake: { kind: 'ping', node: this.id, sid } });
    return session;
  }

  /** One engine.io packet from the client. */
  private packet(session: Session, packet: EngineIoPacket, now: number, actions: SioAction[]): void {
    switch (packet.type) {
      case 'pong':
        session.awaitingPong = false;
        actions.push({ kind: 'schedule', at: now + this.params.pingIntervalMs, wake: { kind: 'ping', node: this.id, sid: session.sid } });
        return;
      case 'close':
        this.close(session, actions, true);
        return;
      case 'message':
        this.socketIo(session, packet, actions);
        return;
      default:
    }
  }

  /** A Socket.IO packet inside a message packet. */
  private socketIo(session: Session, packet: EngineIoPacket, actions: SioAction[]): void {
    const p = carriedSocketIo(packet);
    if (p === undefined) return;
    let reply: SocketIoPacket | undefined;
    if (p.type === CONNECT) {
      session.joined = true;
      reply = { type: CONNECT, nsp: p.nsp, data: { sid: session.sioSid } };
    } else if (p.type === DISCONNECT) {
      session.joined = false;
    } else if (p.type === EVENT && Array.isArray(p.data) && p.data[0] === 'echo') {
      const args = p.data.slice(1) as unknown[];
      reply = p.id !== undefined ? { type: ACK, nsp: p.nsp, id: p.id, data: args } : { type: EVENT, nsp: p.nsp, data: ['echo', ...args] };
    }
    if (reply) this.enqueue(session, new SioMessagePacket(reply), NO_EVENT, actions);
    // An ACK of a tick needs no answer.
  }

  private enqueue(session: Session, packet: EngineIoPacket, eventId: number, actions: SioAction[]): void {
    // Nothing waiting and a way out now (the common case): the packet goes alone, as flush would write an outbox of
    // one, without passing through the outbox (no push, copy and emptying per event).
    if (session.waiting === 0 && !session.closed) {
      if (session.transport === 'websocket' && session.ws !== undefined) {
        actions.push(sendAction('ws-frame', session.ws, 'ws', wsPacketFrame(packet, NO_MASK), eventId !== NO_EVENT ? [eventId] : undefined));
        return;
      }
      if (session.transport === 'polling' && session.held) {
        this.answerHeld(session, [packet], eventId !== NO_EVENT ? [eventId] : NO_CARRIES, actions);
        return;
      }
    }
    session.outbox[session.waiting] = packet;
    session.outboxEvents[session.waiting++] = eventId;
    this.flush(session, actions);
  }

  /** Writes the outbox where it can go now: one frame per packet on a WebSocket, or the held poll's answer. */
  private flush(session: Session, actions: SioAction[]): void {
    if (session.waiting === 0 || session.closed) return;
    if (session.transport === 'websocket' && session.ws !== undefined) {
      const { outbox, outboxEvents, waiting, ws } = session;
      for (let i = 0; i < waiting; i++) {
        const id = outboxEvents[i]!;
        const msg = wsPacketFrame(outbox[i]!, NO_MASK);
        actions.push(sendAction('ws-frame', ws, 'ws', msg, id !== NO_EVENT ? [id] : undefined));
      }
      session.waiting = 0;
      return;
    }
    if (session.transport === 'polling' && session.held) {
      const { outbox, outboxEvents, waiting } = session;
      // The timeline keeps this list: started as a literal of one (pushing onto [] would reserve room for 17).
      let carries: number[] | undefined;
      for (let i = 0; i < waiting; i++) {
        const id = outboxEvents[i]!;
        if (id === NO_EVENT) continue;
        if (carries === undefined) carries = [id];
        else carries.push(id);
      }
      // The answer's list: an exact copy (a literal of one for the common case).
      this.answerHeld(session, waiting === 1 ? [outbox[0]!] : outbox.slice(0, waiting), carries ?? NO_CARRIES, actions);
      session.waiting = 0;
    }
  }

  private answerHeld(session: Session, packets: readonly EngineIoPacket[], carries: readonly number[], actions: SioAction[]): void {
    const held = session.held!;
    session.held = undefined;
    const msg = pollResponse(packets);
    actions.push(sendAction('http-response', held.connection, 'poll-answer', msg, carries.length > 0 ? carries : undefined, held.id));
  }

  /**
   * Ends a session: a WebSocket gets a Close frame; a held poll gets the close packet, or a noop when the client
   * itself closed (engine.io's polling transport, once closed, ends a pending poll with a noop).
   */
  private close(session: Session, actions: SioAction[], byClient = false): void {
    if (session.closed) return;
    if (session.transport === 'websocket' && session.ws !== undefined) {
      // The client answers the Close and closes its end; its state step records the connection's end.
      actions.push(sendAction('ws-frame', session.ws, 'ws', wsCloseFrame(NO_MASK)));
      this.sockets.delete(session.ws);
    } else if (session.held) {
      this.answerHeld(session, [{ type: byClient ? 'noop' : 'close' }], [], actions);
    }
    session.closed = true;
  }
}
