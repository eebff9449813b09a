/**
 * One STOMP connection on the broker: reads frames with the project's parser
 * (bounded: frame size, header count, line length), negotiates version and
 * heart-beats on CONNECT, subscribes, routes SEND, settles ACK/NACK, answers
 * receipts, and on any bad input sends ERROR with a readable `message` and
 * closes. Everyone else's deliveries go on.
 *
 *   client                         broker
 *     │ CONNECT accept-version ──────▶ │  (within connectTimeoutMs)
 *     │ ◀────── CONNECTED version,hb   │
 *     │ SUBSCRIBE / SEND / ACK ──────▶ │ ──▶ MESSAGE to subscribers, RECEIPT if asked
 *     │ DISCONNECT receipt ──────────▶ │
 *     │ ◀────────────── RECEIPT        │  then Close 1000
 */
import type { WebSocket } from 'ws';
import {
  checkFrameHeaders, encodeStompFrame, headerOf, isValidUtf8, negotiateHeartBeat, negotiateVersion, parseHeartBeat, stompError, STOMP_VERSIONS, StompParser,
  type AckMode, type StompFrame, type StompHeader, type StompVersion,
} from '../../src/sim/index';
import type { Clock, Timer } from '../live/clock';
import { failureCloseCode, failureCode, failureMessage, type BrokerFailure, type BrokerRule } from './brokerError';
import { destinationKind, type BrokerMessage, type Destinations } from './destinations';
import type { StompConfig } from './stompConfig';
import { Subscription, type DeliverySink } from './subscription';

/** The `server` header of CONNECTED. */
export const SERVER_NAME = 'socket-lab/0.1';
const CLOSE_NORMAL = 1000;
const EOL = new Uint8Array([0x0a]);
// Headers of a SEND that describe the frame, not the message, so MESSAGE does not repeat them.
const FRAME_ONLY = new Set(['destination', 'receipt', 'content-length', 'transaction', 'ack', 'subscription', 'message-id', 'id']);

/** What a session needs from the endpoint. */
export interface StompSessionDeps {
  readonly ws: WebSocket;
  readonly config: StompConfig;
  readonly clock: Clock;
  readonly destinations: Destinations;
  readonly sessionId: string;
}

/** One client connection speaking STOMP. */
export class StompSession implements DeliverySink {
  private readonly deps: StompSessionDeps;
  private readonly parser: StompParser;
  private state: 'connecting' | 'connected' | 'closed' = 'connecting';
  private version: StompVersion = '1.2';
  private readonly subscriptions = new Map<string, Subscription>();
  private deliveries = 0;
  private lastReceived: number;
  private connectTimer: Timer | undefined;
  private frameTimer: Timer | undefined;
  private beatOut: Timer | undefined;
  private beatIn: Timer | undefined;
  private graceTimer: Timer | undefined;

  constructor(deps: StompSessionDeps) {
    this.deps = deps;
    const { config, clock, ws } = deps;
    this.parser = new StompParser({ role: 'server', maxFrameBytes: config.maxFrameBytes, maxHeaders: config.maxHeaders, maxHeaderLineBytes: config.maxHeaderLineBytes });
    this.lastReceived = clock.now();
    this.connectTimer = clock.setTimer(() => this.fail({ kind: 'broker', reason: { rule: 'connectTimeout', ms: config.connectTimeoutMs } }), config.connectTimeoutMs);
    ws.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.length)));
    ws.on('close', () => this.end());
    ws.on('error', () => this.end());
  }

  /** Runs `callback` once the WebSocket has closed. */
  onEnd(callback: () => void): void {
    const ws = this.deps.ws;
    if (ws.readyState === ws.CLOSED) callback();
    else ws.once('close', callback);
  }

  /** True once the connection has ended (or is closing). */
  get closed(): boolean {
    return this.state === 'closed';
  }

  /** Closes with 1001 (server shutdown), without an ERROR frame. */
  shutdown(code: number, reason: string): void {
    if (this.state === 'closed') return;
    this.end();
    this.deps.ws.close(code, reason);
    this.armGrace();
  }

  private onMessage(bytes: Uint8Array): void {
    if (this.state === 'closed') return;
    this.lastReceived = this.deps.clock.now();
    for (const event of this.parser.push(bytes)) {
      if (this.closed) return;
      if (event.kind === 'error') return this.fail({ kind: 'codec', error: event.error });
      if (event.kind === 'frame') this.onFrame(event.frame);
    }
    if (this.closed) return;
    // A frame that has begun must end in time, whatever its size.
    if (this.parser.state === 'collectFrame') { this.frameTimer?.cancel(); this.frameTimer = undefined; }
    else if (!this.frameTimer) {
      const ms = this.deps.config.frameTimeoutMs;
      this.frameTimer = this.deps.clock.setTimer(() => this.fail({ kind: 'broker', reason: { rule: 'frameTimeout', ms } }), ms);
    }
  }

  private onFrame(frame: StompFrame): void {
    const receipt = headerOf(frame.headers, 'receipt');
    const connecting = frame.command === 'CONNECT' || frame.command === 'STOMP';
    if (this.state === 'connecting') {
      if (!connecting) return this.fail({ kind: 'broker', reason: { rule: 'notConnected', command: frame.command } }, receipt);
      return this.connect(frame);
    }
    if (connecting) return this.fail({ kind: 'broker', reason: { rule: 'alreadyConnected' } }, receipt);
    const error = checkFrameHeaders(frame, this.version);
    if (error) return this.fail({ kind: 'codec', error }, receipt);
    const problem = this.apply(frame);
    if (problem) return this.fail({ kind: 'broker', reason: problem }, receipt);
    if (this.closed) return;
    if (receipt !== undefined) this.send({ command: 'RECEIPT', headers: [{ name: 'receipt-id', value: receipt }], body: new Uint8Array(0) });
    if (frame.command === 'DISCONNECT') this.close(CLOSE_NORMAL, 'DISCONNECT');
  }

  /** Carries out a checked frame; returns the broker rule it broke, if any. */
  private apply(frame: StompFrame): BrokerRule | undefined {
    const { destinations, config } = this.deps;
    const h = (name: string) => headerOf(frame.headers, name);
    switch (frame.command) {
      case 'SEND': {
        const destination = h('destination')!;
        if (!destinationKind(destination)) return { rule: 'badDestination', destination };
        const headers = frame.headers.filter((x, i) => !FRAME_ONLY.has(x.name) && frame.headers.findIndex((y) => y.name === x.name) === i);
        const message: BrokerMessage = { id: destinations.nextId(), destination, headers, body: frame.body };
        return destinations.publish(message) ? undefined : { rule: 'queueFull', destination, limit: config.maxQueuedMessages };
      }
      case 'SUBSCRIBE': {
        const destination = h('destination')!;
        const id = h('id')!;
        if (!destinationKind(destination)) return { rule: 'badDestination', destination };
        if (this.subscriptions.has(id)) return { rule: 'duplicateSubscription', id };
        if (this.subscriptions.size >= config.maxSubscriptions) return { rule: 'tooManySubscriptions', limit: config.maxSubscriptions };
        const subscription = new Subscription(this, id, destination, (h('ack') ?? 'auto') as AckMode);
        this.subscriptions.set(id, subscription);
        destinations.subscribe(destination, subscription);
        return undefined;
      }
      case 'UNSUBSCRIBE': {
        const subscription = this.subscriptions.get(h('id')!);
        if (!subscription) return { rule: 'unknownSubscription', id: h('id')! };
        this.drop(subscription);
        return undefined;
      }
      case 'ACK':
      case 'NACK': {
        const ackId = this.version === '1.2' ? h('id')! : h('message-id')!;
        const found = this.findPending(ackId, h('subscription'));
        if (!found) return { rule: 'unknownAck', id: ackId };
        const settled = found.subscription.settle(found.ackId);
        if (frame.command === 'NACK') destinations.requeue(settled);
        return undefined;
      }
      case 'BEGIN': case 'COMMIT': case 'ABORT':
        return { rule: 'transactionsUnsupported', command: frame.command };
      default:
        return undefined; // DISCONNECT: its receipt, then close
    }
  }

  private connect(frame: StompFrame): void {
    const { config, clock } = this.deps;
    this.connectTimer?.cancel();
    const offered = headerOf(frame.headers, 'accept-version');
    const version = negotiateVersion(offered);
    if (!version) {
      const error = stompError('unsupportedVersion', 0, { offered: offered ?? '1.0', supported: STOMP_VERSIONS.join(',') });
      return this.fail({ kind: 'codec', error }, undefined, [{ name: 'version', value: STOMP_VERSIONS.join(',') }]);
    }
    const error = checkFrameHeaders(frame, '1.1'); // CONNECT's host is optional here, as RabbitMQ has it
    if (error) return this.fail({ kind: 'codec', error });
    this.version = version;
    this.parser.setVersion(version);
    this.state = 'connected';
    const offer = config.heartBeatMs;
    const plan = negotiateHeartBeat(parseHeartBeat(headerOf(frame.headers, 'heart-beat'))!, [offer, offer]);
    this.send({
      command: 'CONNECTED',
      headers: [{ name: 'version', value: version }, { name: 'heart-beat', value: `${offer},${offer}` }, { name: 'session', value: this.deps.sessionId }, { name: 'server', value: SERVER_NAME }],
      body: new Uint8Array(0),
    });
    if (plan.serverToClient > 0) this.beatOut = this.every(plan.serverToClient, () => this.deps.ws.send(EOL));
    if (plan.clientToServer > 0) {
      const allowed = plan.clientToServer * config.heartBeatGrace;
      this.beatIn = this.every(plan.clientToServer, () => {
        const silent = clock.now() - this.lastReceived;
        if (silent > allowed) this.fail({ kind: 'broker', reason: { rule: 'heartBeatSilence', ms: Math.round(silent) } });
      });
    }
  }

  /** Sends MESSAGE for one subscription; refuses (false) when this connection fails as a slow consumer. */
  deliver(subscription: Subscription, message: BrokerMessage): boolean {
    if (this.state !== 'connected') return false;
    const { config, ws } = this.deps;
    if (subscription.ack !== 'auto' && subscription.pending.size >= config.maxPendingMessages) {
      this.fail({ kind: 'broker', reason: { rule: 'slowConsumer', limit: config.maxPendingMessages } });
      return false;
    }
    const ackId = `${this.deps.sessionId}-${++this.deliveries}`;
    const headers: StompHeader[] = [
      { name: 'subscription', value: subscription.id },
      { name: 'message-id', value: message.id },
      { name: 'destination', value: message.destination },
      ...(subscription.ack !== 'auto' && this.version === '1.2' ? [{ name: 'ack', value: ackId }] : []),
      ...message.headers,
    ];
    if (subscription.ack !== 'auto') subscription.pending.set(this.version === '1.2' ? ackId : message.id, message);
    this.send({ command: 'MESSAGE', headers, body: message.body });
    if (ws.bufferedAmount > config.maxBufferedBytes) this.fail({ kind: 'broker', reason: { rule: 'bufferFull', limit: config.maxBufferedBytes } });
    return true;
  }

  private findPending(ackId: string, subscriptionId: string | undefined): { subscription: Subscription; ackId: string } | undefined {
    for (const subscription of this.subscriptions.values()) {
      if (subscriptionId !== undefined && this.version !== '1.2' && subscription.id !== subscriptionId) continue;
      if (subscription.pending.has(ackId)) return { subscription, ackId };
    }
    return undefined;
  }

  private send(frame: StompFrame): void {
    const bytes = encodeStompFrame(frame, { version: this.version }).bytes;
    // A text WebSocket message must be UTF-8; a binary body that is not goes as a binary message.
    this.deps.ws.send(bytes, { binary: !isValidUtf8(bytes) });
  }

  /** ERROR with a readable message, then close. */
  private fail(failure: BrokerFailure, receipt?: string, extra: readonly StompHeader[] = []): void {
    if (this.state === 'closed') return;
    const message = failureMessage(failure);
    const detail = failure.kind === 'codec' ? `${failureCode(failure)} at byte ${failure.error.offset} (${failure.error.rule})\n` : `${failureCode(failure)}\n`;
    this.send({
      command: 'ERROR',
      headers: [{ name: 'message', value: message }, ...extra, ...(receipt === undefined ? [] : [{ name: 'receipt-id', value: receipt }]), { name: 'content-type', value: 'text/plain' }],
      body: new TextEncoder().encode(detail),
    });
    this.close(failureCloseCode(failure), failureCode(failure).slice(0, 120));
  }

  private close(code: number, reason: string): void {
    this.end();
    this.deps.ws.close(code, reason);
    this.armGrace();
  }

  // A client that never answers the Close frame loses its socket.
  private armGrace(): void {
    this.graceTimer ??= this.deps.clock.setTimer(() => this.deps.ws.terminate(), this.deps.config.closeGraceMs);
  }

  /** Stops timers, ends subscriptions and hands unacknowledged queue messages back. */
  private end(): void {
    if (this.state === 'closed') {
      if (this.deps.ws.readyState === this.deps.ws.CLOSED) this.graceTimer?.cancel();
      return;
    }
    this.state = 'closed';
    for (const t of [this.connectTimer, this.frameTimer, this.beatOut, this.beatIn]) t?.cancel();
    for (const subscription of [...this.subscriptions.values()]) this.drop(subscription);
  }

  private drop(subscription: Subscription): void {
    this.subscriptions.delete(subscription.id);
    this.deps.destinations.unsubscribe(subscription.destination, subscription);
    this.deps.destinations.requeue(subscription.release());
  }

  /** A repeating timer (the clock's timers are one-shot). */
  private every(ms: number, tick: () => void): Timer {
    let current: Timer;
    let cancelled = false;
    const arm = (): void => {
      current = this.deps.clock.setTimer(() => {
        if (cancelled) return;
        tick();
        if (!cancelled && this.state !== 'closed') arm();
      }, ms);
    };
    arm();
    return { cancel: () => { cancelled = true; current.cancel(); } };
  }
}
