/**
 * One STOMP client (a page running @stomp/stompjs) as a small state machine:
 * it upgrades with `Sec-WebSocket-Protocol: v12.stomp`, sends CONNECT, and
 * once CONNECTED subscribes, sends, ACKs or NACKs what arrives, beats its
 * heart at the negotiated interval, and says DISCONNECT at the end. It reads
 * the broker's bytes with the project's `MessageReader` and `StompParser`.
 * Each method returns its actions as data (`StompAction`).
 *
 *   client                               broker
 *     |--- GET /stomp, v12.stomp ---------->|
 *     |<-- 101, Sec-WebSocket-Protocol -----|
 *     |--- CONNECT accept-version ... ----->|
 *     |<-- CONNECTED version, heart-beat ---|
 *     |--- SUBSCRIBE id, ack, receipt ----->|
 *     |<-- RECEIPT -------------------------|
 *     |<-- MESSAGE subscription, ack -------|
 *     |--- ACK id ------------------------->|
 *     |--- DISCONNECT receipt ------------->|
 *     |<-- RECEIPT, then Close 1000 --------|
 */
import { parseResponse } from '../../http/parseResponse';
import { frameView } from '../../stomp/frameView';
import { negotiateHeartBeat, parseHeartBeat } from '../../stomp/negotiate';
import { StompParser } from '../../stomp/stompParser';
import { utf8Length } from '../../stomp/utf8Length';
import type { StompFrame, StompFrameView, StompHeader } from '../../stomp/types';
import type { Transfer } from '../../timeline/types';
import { buildHandshakeRequest } from '../../ws/buildHandshakeRequest';
import { CLOSE_ABNORMAL } from '../../ws/closeCodes';
import { MessageReader } from '../../ws/messageReader';
import { validateHandshakeResponse } from '../../ws/validateHandshakeResponse';
import type { StompParams, StompSendSpec, StompSubscribeSpec } from '../scenarioParams';
import { controlFrame, WS_HOST } from '../webSocketMessages';
import type { MaskKeys } from './maskKeys';
import { closeReport } from '../websocket/wsActions';
import { ARRIVE, ARRIVED, IGNORE, IGNORED, sendAction, type StompAction } from './stompActions';
import { FrameTemplate } from './frameTemplate';
import { heartBeatTransfer, malformedTransfer, stompTransfer, templateWire, type StructuredWire } from './stompWire';

/** The path the broker listens on, as the project's server does. */
export const STOMP_PATH = '/stomp';
/** What stompjs offers, most preferred first. */
export const STOMP_SUBPROTOCOLS = ['v12.stomp', 'v11.stomp', 'v10.stomp'] as const;

type ClientPhase = 'connecting' | 'handshaking' | 'connecting-stomp' | 'connected' | 'disconnecting' | 'failed' | 'done';

/** A client endpoint on connection `connection`. */
export class StompClient {
  private phase: ClientPhase = 'connecting';
  private readonly reader = new MessageReader({ role: 'client' });
  private readonly parser = new StompParser({ role: 'client' });
  private heartBeatMs = 0;
  private nacked = false;
  /** The window ended before CONNECTED: the application disconnects as soon as the session is up. */
  private disconnectPending = false;
  private sentClose = false;
  private gotClose: { code: number; reason: string } | undefined;
  // Templates of the frames a client sends again and again (frameTemplate.ts).
  private ackTemplate: FrameTemplate | undefined;
  private nackTemplate: FrameTemplate | undefined;
  private sendTemplate: { readonly destination: string; readonly contentType: string | undefined; readonly lines: FrameTemplate } | undefined;
  /** What `version` CONNECTED named, once it did. */
  version: string | undefined;

  constructor(
    readonly connection: number,
    private readonly params: StompParams,
    private readonly subscriptions: readonly StompSubscribeSpec[],
    private readonly key: string,
    private readonly masks: MaskKeys,
    /** This client is the one the fault knob breaks. */
    private readonly faulty: boolean,
  ) {}

  /** TCP is up: the upgrade request. */
  tcpReady(): StompAction[] {
    this.phase = 'handshaking';
    const message = buildHandshakeRequest({ host: WS_HOST, path: STOMP_PATH, key: this.key, origin: `http://${WS_HOST}`, protocols: STOMP_SUBPROTOCOLS });
    return [sendAction('http-request', this.connection, { message, summary: 'GET /stomp · Upgrade, v12.stomp' })];
  }

  /** The broker's answer to the upgrade: 101 with `v12.stomp` opens the way for CONNECT. */
  gotResponse(transfer: Transfer): StompAction[] {
    const parsed = parseResponse(transfer.bytes);
    const verdict = parsed.ok ? validateHandshakeResponse(parsed.value, this.key, { protocols: STOMP_SUBPROTOCOLS }) : undefined;
    if (!verdict?.ok) {
      this.phase = 'done';
      return [{ kind: 'arrive' }, { kind: 'ws-close', report: closeReport(CLOSE_ABNORMAL, '', false, 'handshake-failed', { error: true }) }];
    }
    this.phase = 'connecting-stomp';
    const beat = `${this.params.heartBeatMs},${this.params.heartBeatMs}`;
    const headers: StompHeader[] = [
      { name: 'accept-version', value: '1.2,1.1,1.0' },
      { name: 'host', value: WS_HOST },
      { name: 'heart-beat', value: beat },
    ];
    return [{ kind: 'arrive' }, { kind: 'state', connection: this.connection, state: 'upgraded' }, this.frame('CONNECT', headers)];
  }

  private frame(command: StompFrame['command'], headers: StompHeader[], body = ''): StompAction {
    return sendAction('ws-frame', this.connection, stompTransfer(command, headers, body, this.masks));
  }

  /** A WebSocket frame from the broker arrived. */
  gotFrame(wire: Uint8Array, now: number): readonly StompAction[] {
    if (this.phase === 'done') return IGNORE;
    const out: StompAction[] = [ARRIVED];
    this.readFrame(wire, now, out);
    return out.length === 1 ? ARRIVE : out;
  }

  /** Reads `wire`, appending the actions to `out`. */
  private readFrame(wire: Uint8Array, now: number, out: StompAction[]): void {
    for (const event of this.reader.push(wire)) {
      if (event.kind === 'close') {
        this.gotClose = { code: event.code, reason: event.reason };
        if (!this.sentClose) {
          this.sentClose = true;
          out.push(sendAction('ws-frame', this.connection, controlFrame('close', { code: event.hasCode ? event.code : undefined, reason: event.reason }, this.masks.next())));
        }
        if (this.phase !== 'failed') this.phase = 'disconnecting';
      }
      if (event.kind !== 'message') continue;
      for (const parsed of this.parser.push(event.data)) {
        if (parsed.kind === 'frame') this.gotStomp(frameView(parsed.frame), now, out);
      }
    }
  }

  /**
   * `gotFrame` for a frame or heart-beat the broker sent as a clean structured wire, appending the actions to `out`
   * (first the arrival or the ignoring): nothing on the path can alter its bytes, and the reader fed them yields this
   * very frame (stompWire.test.ts proves it over every fault), so the client acts on it without re-reading (the
   * parser still counts its bytes).
   */
  gotWire(wire: StructuredWire, now: number, out: StompAction[]): void {
    if (this.phase === 'done') { out.push(IGNORED); return; }
    out.push(ARRIVED);
    if (!this.parser.skipFrame(wire.frameBytes)) return this.readFrame(wire.bytes, now, out);
    if (wire.kind === 'frame') this.gotStomp(wire, now, out);
  }

  private gotStomp(frame: StompFrameView, now: number, out: StompAction[]): void {
    switch (frame.command) {
      case 'CONNECTED': {
        this.phase = 'connected';
        this.version = frame.header('version');
        const own = parseHeartBeat(`${this.params.heartBeatMs},${this.params.heartBeatMs}`) ?? [0, 0];
        const theirs = parseHeartBeat(frame.header('heart-beat')) ?? [0, 0];
        this.heartBeatMs = negotiateHeartBeat(own, theirs).clientToServer;
        for (const s of this.subscriptions) {
          out.push(this.frame('SUBSCRIBE', [
            { name: 'id', value: s.id }, { name: 'destination', value: s.destination }, { name: 'ack', value: s.ack },
            ...(s.receipt !== undefined ? [{ name: 'receipt', value: s.receipt }] : []),
          ]));
        }
        if (this.heartBeatMs > 0) out.push({ kind: 'schedule', connection: this.connection, at: now + this.heartBeatMs, event: 'heart-beat' });
        if (this.disconnectPending) out.push(...this.disconnect());
        return;
      }
      case 'MESSAGE':
        if (!this.silent(now)) this.settle(frame, out);
        return;
      case 'ERROR':
        // The broker closes after an ERROR (STOMP 1.2 "ERROR"): nothing more to send.
        this.phase = 'failed';
        return;
      default:
        return;
    }
  }

  /** ACK or NACK a MESSAGE as its subscription's ack mode asks. */
  private settle(message: StompFrameView, out: StompAction[]): void {
    const subscription = message.header('subscription');
    let sub: StompSubscribeSpec | undefined;
    for (let i = 0; i < this.subscriptions.length; i++) if (this.subscriptions[i]!.id === subscription) { sub = this.subscriptions[i]; break; }
    const id = message.header('ack');
    if (sub === undefined || sub.ack === 'auto' || id === undefined || this.phase !== 'connected') return;
    if (this.faulty && this.params.fault === 'never-ack') return;
    // The second client turns down the first message it gets, when asked to.
    if (this.params.nackFirst && this.connection === 2 && !this.nacked) {
      this.nacked = true;
      out.push(this.send_(this.nackTemplate ??= new FrameTemplate('NACK', ['id']), id));
      return;
    }
    out.push(this.send_(this.ackTemplate ??= new FrameTemplate('ACK', ['id']), id));
  }

  /** The application sends `spec`'s message (only while connected): its actions go to `out`. */
  send(spec: StompSendSpec, out: StompAction[]): void {
    if (this.phase !== 'connected') return;
    // A receipt is asked once in a while; the rest of a client's SENDs to a destination share their lines.
    if (spec.receipt !== undefined) {
      const headers: StompHeader[] = [{ name: 'destination', value: spec.destination }];
      if (spec.contentType !== undefined) headers.push({ name: 'content-type', value: spec.contentType });
      headers.push({ name: 'receipt', value: spec.receipt });
      out.push(this.frame('SEND', headers, spec.body));
      return;
    }
    let template = this.sendTemplate;
    if (template === undefined || template.destination !== spec.destination || template.contentType !== spec.contentType) {
      const lines: StompHeader[] = [{ name: 'destination', value: spec.destination }];
      if (spec.contentType !== undefined) lines.push({ name: 'content-type', value: spec.contentType });
      template = this.sendTemplate = { destination: spec.destination, contentType: spec.contentType, lines: new FrameTemplate('SEND', lines) };
    }
    out.push(this.send_(template.lines, '', spec.body));
  }

  /** A frame from `template` with `value` in its open lines. */
  private send_(template: FrameTemplate, value: string, body = ''): StompAction {
    const message = templateWire(template, value, body, body.length === 0 ? 0 : utf8Length(body), this.masks);
    return { kind: 'send', transfer: 'ws-frame', connection: this.connection, message, summary: message.summary, carries: undefined };
  }

  /** The heart-beat timer fired: an EOL, unless this is the client whose heart stopped. */
  heartBeat(now: number): StompAction[] {
    if (this.phase !== 'connected') return [];
    const next: StompAction = { kind: 'schedule', connection: this.connection, at: now + this.heartBeatMs, event: 'heart-beat' };
    if (this.silent(now)) return [];
    return [{ kind: 'timer', timer: 'heartbeat', ms: this.heartBeatMs }, sendAction('ws-frame', this.connection, heartBeatTransfer(this.masks)), next];
  }

  /** The missed-heart-beats fault: from `faultAtMs` this client says nothing at all (a frozen tab, a dead link). */
  private silent(now: number): boolean {
    return this.faulty && this.params.fault === 'missed-heart-beats' && now >= this.params.faultAtMs;
  }

  /** The malformed-frame fault: a SEND the broker cannot read. */
  malformed(destination: string): StompAction[] {
    if (this.phase !== 'connected') return [];
    return [sendAction('ws-frame', this.connection, malformedTransfer(destination, this.masks))];
  }

  /**
   * The application disconnects: DISCONNECT with a receipt (STOMP 1.2 "Graceful Disconnect"). At the end of a window
   * too short for the session to come up, it waits for CONNECTED (else nothing would ever end the heart-beats).
   */
  disconnect(): StompAction[] {
    if (this.phase === 'connecting' || this.phase === 'handshaking' || this.phase === 'connecting-stomp') this.disconnectPending = true;
    if (this.phase !== 'connected') return [];
    this.disconnectPending = false;
    this.phase = 'disconnecting';
    return [this.frame('DISCONNECT', [{ name: 'receipt', value: `disconnect-${this.connection}` }])];
  }

  /** The broker closed TCP: the page's `close` event. */
  peerClosed(): StompAction[] {
    if (this.phase === 'done') return [];
    const clean = this.sentClose && this.gotClose !== undefined;
    this.phase = 'done';
    const got = this.gotClose;
    return [{ kind: 'ws-close', report: closeReport(got?.code ?? CLOSE_ABNORMAL, got?.reason ?? '', clean, clean ? 'normal' : 'tcp-reset') }];
  }
}
