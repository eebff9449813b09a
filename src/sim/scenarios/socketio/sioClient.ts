/**
 * socket.io-client 4 (on engine.io-client 6) as a small state machine. With
 * the default transports it opens the session with a long-poll GET, joins the
 * namespace (CONNECT "40"), keeps one GET held and at most one POST in
 * flight, and probes a WebSocket with the session id: "2probe" out, "3probe"
 * back, then it pauses polling (waiting for the held poll, which the server
 * ends with a noop), sends "5" and moves everything that waited onto the
 * WebSocket. It answers pings with pongs, acks the server's events, and when
 * the session ends for any reason but its own disconnect it reconnects with
 * socket.io's backoff (1 s doubling to 5 s, ±50 %). Each method returns its
 * actions as data.
 */
import { parseOpenHandshake } from '../../engineio/openHandshake';
import type { EngineIoPacket } from '../../engineio/types';
import type { Prng } from '../../engine/createPrng';
import { eventPayload } from '../../events/eventPayload';
import { parseResponseHead } from '../../http/parseResponseHead';
import { ACK, CONNECT, DISCONNECT, EVENT } from '../../socketio/packetTypes';
import type { SocketIoPacket } from '../../socketio/types';
import type { Transfer } from '../../timeline/types';
import type { SocketIoParams } from '../scenarioParams';
import { ARRIVE_ACTION, IGNORE, sendAction, type SioAction, type SioCloseReason } from './sioActions';
import { nextMaskWord, pollRequest, postRequest, upgradeRequest, wsCloseFrame, wsPacketFrame, type SioMessage } from './sioWire';
import { carriedSocketIo, payloadArgument, SioAckPacket, SioMessagePacket } from './sioMessagePacket';
import { handshakeKey } from '../webSocketMessages';

/** socket.io-client's reconnection defaults. */
export const RECONNECT_DELAY_MS = 1000;
export const RECONNECT_DELAY_MAX_MS = 5000;
export const RANDOMIZATION_FACTOR = 0.5;

type Phase = 'idle' | 'handshaking' | 'open' | 'closed' | 'done';
type Probe = 'none' | 'opening' | 'probing' | 'pausing' | 'done' | 'failed';

/** The client endpoint. */
export class SioClient {
  private epoch = 0;
  private phase: Phase = 'idle';
  private transport: 'polling' | 'websocket' = 'polling';
  private sid: string | undefined;
  private pingInterval = 0;
  private pingTimeout = 0;
  private lastPingAt = 0;
  private conns: { get?: number; post?: number; ws?: number } = {};
  private getOut = false;
  private postOut = false;
  /** The first `writeCount` are the packets waiting (the array is never emptied: V8 frees a store whose length is set to 0). */
  private readonly writeBuffer: EngineIoPacket[] = [];
  private writeCount = 0;
  private probe: Probe = 'none';
  private joined = false;
  private readonly sendBuffer: SocketIoPacket[] = [];
  private ackId = 0;
  private attempts = 0;
  private disconnecting = false;
  private pongLost = false;
  private nextConnection = 1;
  /** The time of the event being handled. */
  private now = 0;
  /** The delay before the planned reconnection. */
  private pendingDelay = 0;
  /** Which epoch opened each connection (by number, from 1), so an answer from an ended session is read and discarded. */
  private readonly connEpoch: number[] = [];
  /** Connections open now. */
  private readonly open = new Set<number>();

  constructor(
    private readonly params: SocketIoParams,
    private readonly prng: Prng,
    /** Draws the masking keys of the client's frames. */
    private readonly masks: Prng,
  ) {}

  /**
   * The actions of an arrival being handled, in one array reused from call to call: the driver carries them out
   * before it calls the client again (an array per message was garbage on the hot path).
   */
  private readonly out: SioAction[] = [];

  private begin(first: SioAction): SioAction[] {
    const out = this.out;
    // Cut to one, not emptied: V8 frees an array's backing store when its length is set to 0 (regrown on every push).
    out.length = 1;
    out[0] = first;
    return out;
  }

  /** True once the page called disconnect() and the session is over. */
  get finished(): boolean {
    return this.phase === 'done';
  }

  /** Connections the client has open now. */
  openConnections(): number[] {
    return [...this.open];
  }

  /** Opens a session: the handshake GET, or the WebSocket upgrade when only websocket is allowed. */
  start(now: number): SioAction[] {
    this.now = now;
    this.epoch++;
    this.phase = 'handshaking';
    this.sid = undefined;
    this.conns = {};
    this.getOut = this.postOut = false;
    this.probe = 'none';
    this.joined = false;
    this.writeCount = 0;
    const actions: SioAction[] = [];
    if (this.params.transports === 'websocket') {
      this.transport = 'websocket';
      const ws = this.openConnection(actions);
      this.conns.ws = ws;
      actions.push(sendAction('http-request', ws, 'upgrade', upgradeRequest(this.params.headerSet, this.key(), undefined)));
      return actions;
    }
    this.transport = 'polling';
    this.conns.get = this.openConnection(actions);
    this.sendPoll(actions);
    return actions;
  }

  /** The page emits event `index` ("echo"), with or without an ack callback; buffered until the namespace is joined. */
  emit(index: number, ack: boolean, now: number): SioAction[] {
    this.now = now;
    if (this.phase === 'done' || this.disconnecting) return [];
    const data = ['echo', payloadArgument(eventPayload(1000 + index, this.params.payloadBytes))];
    const packet: SocketIoPacket = { type: EVENT, nsp: '/', data, ...(ack ? { id: this.ackId++ } : {}) };
    const actions: SioAction[] = [{ kind: 'timer', timer: 'send-message', ms: 0 }];
    if (!this.joined) {
      this.sendBuffer.push(packet);
      return actions;
    }
    this.write(sio(packet), actions);
    return actions;
  }

  /** The page calls socket.disconnect(): DISCONNECT, then engine.io closes its transport. */
  disconnect(now: number): SioAction[] {
    this.now = now;
    if (this.phase === 'done') return [];
    this.disconnecting = true;
    const actions: SioAction[] = [{ kind: 'timer', timer: 'close', ms: this.params.durationMs }];
    if (this.phase !== 'open') {
      this.finish(actions);
      return actions;
    }
    if (this.joined) this.write(sio({ type: DISCONNECT, nsp: '/' }), actions);
    this.joined = false;
    if (this.transport === 'websocket' && this.conns.ws !== undefined) {
      actions.push(sendAction('ws-frame', this.conns.ws, 'ws', wsCloseFrame(nextMaskWord(this.masks))));
      this.phase = 'done';
    } else if (!this.postOut) {
      this.sendClosePost(actions);
    }
    // Otherwise the close packet follows when the POST in flight is answered.
    return actions;
  }

  /** An HTTP answer arrived: to a poll, a POST, or a WebSocket upgrade. */
  answer(transfer: Transfer, role: 'poll-answer' | 'post-answer' | 'upgrade-answer', msg: SioMessage): SioAction[] {
    this.now = transfer.arrivedAt;
    const stale = this.connEpoch[transfer.connection] !== this.epoch;
    const code = msg.status ?? statusOf(transfer.bytes);
    if (this.phase === 'done') {
      const actions: SioAction[] = [...IGNORE];
      this.closeConnection(transfer.connection, actions);
      return actions;
    }
    if (stale || this.phase === 'closed') return [...IGNORE];
    const actions = this.begin(ARRIVE_ACTION);
    if (role === 'upgrade-answer') {
      if (code === 101) {
        if (this.transport === 'websocket') return actions;
        this.probe = 'probing';
        actions.push(sendAction('ws-frame', this.conns.ws!, 'ws', wsPacketFrame({ type: 'ping', data: 'probe' }, nextMaskWord(this.masks))));
        return actions;
      }
      // A refused upgrade: engine.io-client gives up on it ("probe error") and stays on polling; websocket only has nothing left.
      this.closeConnection(transfer.connection, actions);
      this.conns.ws = undefined;
      this.probe = 'failed';
      if (this.transport === 'websocket') this.lost('transport error', actions);
      return actions;
    }
    if (role === 'post-answer') {
      this.postOut = false;
      if (code !== 200) return this.lostWith('transport error', actions);
      if (this.disconnecting) {
        if (this.phase === 'open') this.sendClosePost(actions);
        return actions;
      }
      if (this.probe === 'pausing' && !this.getOut) this.finishUpgrade(actions);
      else this.flush(actions);
      return actions;
    }
    this.getOut = false;
    if (code !== 200) return this.lostWith('transport error', actions);
    const packets = msg.packets;
    if (packets !== undefined) for (let i = 0; i < packets.length; i++) this.packet(packets[i]!, transfer.arrivedAt, actions);
    if (this.phase !== 'open' || this.transport !== 'polling') return actions;
    if (this.probe === 'pausing') {
      if (!this.postOut) this.finishUpgrade(actions);
    } else this.sendPoll(actions);
    return actions;
  }

  /** A WebSocket frame arrived (its engine.io bytes; undefined for a Close frame). */
  frame(transfer: Transfer, msg: SioMessage): SioAction[] {
    this.now = transfer.arrivedAt;
    const stale = this.connEpoch[transfer.connection] !== this.epoch;
    if (msg.packets === undefined) {
      // A Close frame: the server ended the session, or answered the client's own Close.
      const actions: SioAction[] = [this.phase === 'done' || stale ? { kind: 'ignore' } : { kind: 'arrive' }];
      if (this.open.has(transfer.connection)) {
        if (this.phase !== 'done' && !stale) actions.push(sendAction('ws-frame', transfer.connection, 'ws', wsCloseFrame(nextMaskWord(this.masks))));
        this.closeConnection(transfer.connection, actions);
      }
      if (!stale && this.phase === 'open') this.lost('transport close', actions);
      return actions;
    }
    if (stale || this.phase === 'done' || this.phase === 'closed') return [...IGNORE];
    const actions = this.begin(ARRIVE_ACTION);
    const packet = msg.packets[0]!;
    if (packet.type === 'pong' && packet.data === 'probe') {
      // The WebSocket works: pause polling until the held GET (and any POST) is back, then upgrade.
      this.probe = 'pausing';
      if (!this.getOut && !this.postOut) this.finishUpgrade(actions);
      return actions;
    }
    this.packet(packet, transfer.arrivedAt, actions);
    return actions;
  }

  /** A connection of the client was reset or refused (the server went away). */
  connectionLost(connection: number, now: number): SioAction[] {
    this.now = now;
    const actions: SioAction[] = [];
    if (!this.open.has(connection)) return actions;
    actions.push({ kind: 'state', connection, state: 'reset' });
    this.open.delete(connection);
    if (this.connEpoch[connection] === this.epoch && (this.phase === 'open' || this.phase === 'handshaking')) this.lost('transport error', actions);
    return actions;
  }

  /** pingInterval + pingTimeout passed since the last ping (or the open): the server is presumed gone. */
  pingTimeoutCheck(epoch: number, pingAt: number, now: number): SioAction[] {
    this.now = now;
    if (epoch !== this.epoch || this.phase !== 'open' || this.lastPingAt !== pingAt) return [];
    const actions: SioAction[] = [{ kind: 'timer', timer: 'ping-timeout', ms: this.pingInterval + this.pingTimeout }];
    this.lost('ping timeout', actions);
    return actions;
  }

  /** The reconnection timer fired. */
  reconnect(now: number): SioAction[] {
    if (this.phase !== 'closed' || this.disconnecting) return [];
    return [{ kind: 'timer', timer: 'reconnect', ms: this.pendingDelay }, ...this.start(now)];
  }

  private key(): string {
    return handshakeKey(this.prng);
  }

  private openConnection(actions: SioAction[]): number {
    const connection = this.nextConnection++;
    this.connEpoch[connection] = this.epoch;
    this.open.add(connection);
    actions.push({ kind: 'state', connection, state: 'open' });
    return connection;
  }

  private closeConnection(connection: number, actions: SioAction[]): void {
    if (!this.open.delete(connection)) return;
    actions.push({ kind: 'state', connection, state: 'closed' });
  }

  private sendPoll(actions: SioAction[]): void {
    this.getOut = true;
    actions.push(sendAction('http-request', this.conns.get!, 'poll', pollRequest(this.params.headerSet, this.sid, this.prng)));
  }

  private sendClosePost(actions: SioAction[]): void {
    this.postOut = true;
    this.conns.post ??= this.openConnection(actions);
    actions.push(sendAction('http-request', this.conns.post, 'post', postRequest(this.params.headerSet, this.sid!, this.prng, [{ type: 'close' }])));
    this.phase = 'done';
  }

  /** One engine.io packet from the server. */
  private packet(packet: EngineIoPacket, now: number, actions: SioAction[]): void {
    switch (packet.type) {
      case 'open': {
        const open = parseOpenHandshake(typeof packet.data === 'string' ? packet.data : '');
        if (!open.ok) return;
        this.sid = open.handshake.sid;
        this.pingInterval = open.handshake.pingInterval;
        this.pingTimeout = open.handshake.pingTimeout;
        this.phase = 'open';
        this.attempts = 0;
        this.armPingTimeout(now, actions);
        // socket.io-client joins the namespace as soon as engine.io is open.
        this.write(sio({ type: CONNECT, nsp: '/' }), actions);
        if (this.transport === 'polling' && this.params.transports === 'polling,websocket' && open.handshake.upgrades.includes('websocket')) {
          this.probe = 'opening';
          this.conns.ws = this.openConnection(actions);
          actions.push(sendAction('http-request', this.conns.ws, 'upgrade', upgradeRequest(this.params.headerSet, this.key(), this.sid)));
        }
        return;
      }
      case 'ping':
        this.armPingTimeout(now, actions);
        this.write({ type: 'pong' }, actions, this.losePong(now));
        return;
      case 'close':
        this.lost('transport close', actions);
        return;
      case 'message':
        this.socketIo(packet, actions);
        return;
      default:
    }
  }

  private losePong(now: number): boolean {
    if (this.params.fault !== 'missed-pong' || this.pongLost || now < this.params.faultAtMs) return false;
    this.pongLost = true;
    return true;
  }

  private armPingTimeout(now: number, actions: SioAction[]): void {
    this.lastPingAt = now;
    actions.push({ kind: 'schedule', at: now + this.pingInterval + this.pingTimeout, wake: { kind: 'client-ping-timeout', epoch: this.epoch, pingAt: now } });
  }

  private socketIo(packet: EngineIoPacket, actions: SioAction[]): void {
    const p = carriedSocketIo(packet);
    if (p === undefined) return;
    if (p.type === CONNECT) {
      this.joined = true;
      for (const waiting of this.sendBuffer.splice(0)) this.write(sio(waiting), actions);
    } else if (p.type === EVENT && p.id !== undefined) {
      this.write(sio(p.nsp === '/' ? new SioAckPacket(p.id) : { type: ACK, nsp: p.nsp, id: p.id, data: [] }), actions);
    }
  }

  private write(packet: EngineIoPacket, actions: SioAction[], lost = false): void {
    if (lost) {
      this.send([packet], 1, actions, true);
      return;
    }
    if (this.writeCount === 0 && this.phase === 'open' && this.probe !== 'pausing' && (this.transport === 'websocket' || !this.postOut)) {
      // Nothing waiting and a way out now (the common case): the packet goes alone, as flush would send a buffer of one.
      this.send([packet], 1, actions, false);
      return;
    }
    this.writeBuffer[this.writeCount++] = packet;
    this.flush(actions);
  }

  /** engine.io-client's flush: nothing while upgrading; on polling one POST at a time with everything buffered. */
  private flush(actions: SioAction[]): void {
    if (this.phase !== 'open' || this.writeCount === 0 || this.probe === 'pausing') return;
    if (this.transport === 'polling' && this.postOut) return;
    if (this.transport === 'websocket') {
      // One frame per packet: the buffer is read here and emptied, no copy of it is kept.
      this.send(this.writeBuffer, this.writeCount, actions, false);
      this.writeCount = 0;
      return;
    }
    // A POST's list is kept by the timeline when it holds more than one packet: an exact copy.
    const packets = this.writeCount === 1 ? [this.writeBuffer[0]!] : this.writeBuffer.slice(0, this.writeCount);
    this.writeCount = 0;
    this.send(packets, packets.length, actions, false);
  }

  /** Sends the first `count` of `packets`: a frame each, or (polling, where `packets` has exactly `count`) one POST. */
  private send(packets: readonly EngineIoPacket[], count: number, actions: SioAction[], lost: boolean): void {
    if (this.transport === 'websocket') {
      const ws = this.conns.ws!;
      for (let i = 0; i < count; i++) {
        const msg = wsPacketFrame(packets[i]!, nextMaskWord(this.masks));
        actions.push(sendAction('ws-frame', ws, 'ws', msg, undefined, undefined, lost));
      }
      return;
    }
    this.postOut = true;
    this.conns.post ??= this.openConnection(actions);
    const msg = postRequest(this.params.headerSet, this.sid!, this.prng, packets);
    actions.push(sendAction('http-request', this.conns.post, 'post', msg, undefined, undefined, lost));
  }

  private finishUpgrade(actions: SioAction[]): void {
    actions.push(sendAction('ws-frame', this.conns.ws!, 'ws', wsPacketFrame({ type: 'upgrade' }, nextMaskWord(this.masks))));
    this.transport = 'websocket';
    this.probe = 'done';
    // engine.io-client is done with the polling requests; the browser may keep the connections, the lesson closes them.
    if (this.conns.get !== undefined) this.closeConnection(this.conns.get, actions);
    if (this.conns.post !== undefined) this.closeConnection(this.conns.post, actions);
    this.flush(actions);
  }

  private lostWith(reason: SioCloseReason, actions: SioAction[]): SioAction[] {
    this.lost(reason, actions);
    return actions;
  }

  /** The session ended under the client: close what is open, and plan the next attempt (socket.io's Backoff). */
  private lost(_reason: SioCloseReason, actions: SioAction[]): void {
    if (this.phase === 'closed' || this.phase === 'done') return;
    this.phase = 'closed';
    this.joined = false;
    for (const connection of [...this.open]) if (this.connEpoch[connection] === this.epoch) this.closeConnection(connection, actions);
    this.pendingDelay = this.backoff();
    actions.push({ kind: 'schedule', at: this.now + this.pendingDelay, wake: { kind: 'reconnect' } });
  }

  private backoff(): number {
    const base = RECONNECT_DELAY_MS * 2 ** this.attempts++;
    const rand = this.prng.nextFloat(0, 1);
    const deviation = Math.floor(rand * RANDOMIZATION_FACTOR * base);
    const jittered = (Math.floor(rand * 10) & 1) === 0 ? base - deviation : base + deviation;
    return Math.min(jittered, RECONNECT_DELAY_MAX_MS) | 0;
  }

  private finish(actions: SioAction[]): void {
    this.phase = 'done';
    for (const connection of [...this.open]) this.closeConnection(connection, actions);
  }
}

/** A response's status code read from its bytes (0 when they do not parse). */
function statusOf(bytes: Uint8Array): number {
  const status = parseResponseHead(bytes);
  return status.ok ? status.value.status : 0;
}

/** A Socket.IO packet as the engine.io message that carries it. */
function sio(packet: SocketIoPacket): EngineIoPacket {
  return new SioMessagePacket(packet);
}
