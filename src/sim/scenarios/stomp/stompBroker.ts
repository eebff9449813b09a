/**
 * The broker of the STOMP scenario as a state machine over every client's
 * connection — the rules of the project's live broker (server/stomp/README.md)
 * in simulated time: 101 with `v12.stomp`; CONNECT → CONNECTED with the
 * negotiated version and heart-beat; topics give each message to every
 * subscriber, queues to one consumer in turn; ACK/NACK settle (a NACKed queue
 * message goes to the next consumer); RECEIPT after a frame's work; an EOL at
 * its heart-beat interval; ERROR then Close on a bad frame, a silent client or
 * a slow consumer; RECEIPT then Close 1000 for DISCONNECT.
 */
import { decodeUtf8 } from '../../bytes/utf8';
import { parseRequest } from '../../http/parseRequest';
import { reasonPhrase } from '../../http/reasonPhrase';
import { checkFrameLines } from '../../stomp/frameRules';
import { frameView } from '../../stomp/frameView';
import { negotiateHeartBeat, negotiateVersion, parseHeartBeat } from '../../stomp/negotiate';
import { StompParser } from '../../stomp/stompParser';
import { utf8Length } from '../../stomp/utf8Length';
import type { StompError } from '../../stomp/stompError';
import type { StompFrame, StompFrameView, StompHeader } from '../../stomp/types';
import type { Transfer, WsCloseReport } from '../../timeline/types';
import { CLOSE_NORMAL, CLOSE_POLICY_VIOLATION, CLOSE_PROTOCOL_ERROR } from '../../ws/closeCodes';
import { MessageReader } from '../../ws/messageReader';
import { validateHandshakeRequest } from '../../ws/validateHandshakeRequest';
import type { StompParams } from '../scenarioParams';
import { buildHandshakeResponse } from '../../ws/buildHandshakeResponse';
import { buildHandshakeRejection } from '../../ws/buildHandshakeRejection';
import { controlFrame } from '../webSocketMessages';
import { closeReport } from '../websocket/wsActions';
import { ARRIVE, ARRIVED, IGNORE, IGNORED, sendAction, type StompAction } from './stompActions';
import { STOMP_SUBPROTOCOLS } from './stompClient';
import { FrameTemplate, type TemplateLine } from './frameTemplate';
import { heartBeatTransfer, stompTransfer, templateWire, type StructuredWire } from './stompWire';

/** What the broker calls itself in CONNECTED, as the live broker does. */
export const BROKER_SERVER = 'socket-lab/0.1';
/** Silence tolerated from a client, in its heart-beat intervals (the live broker's STOMP_HEART_BEAT_GRACE). */
export const HEART_BEAT_GRACE = 2;

/** One message the broker holds: what a SEND carried, and the app event it stands for. */
interface Held {
  readonly eventId: number | undefined;
  readonly destination: string;
  readonly body: string;
  /** `utf8Length(body)`. */
  readonly bodyBytes: number;
  readonly contentType: string | undefined;
  /** What each MESSAGE of it carries: `[eventId]`, made once for every subscriber (undefined without an event). */
  readonly carries: readonly number[] | undefined;
}

interface Subscription {
  readonly connection: number;
  /** The session of `connection`: its phase is read per message without a look-up. */
  readonly session: Session;
  readonly id: string;
  readonly destination: string;
  readonly ack: string;
  /** Unacknowledged deliveries, oldest first: the MESSAGE's `ack` value, and (same index) what it carried. */
  readonly pendingIds: string[];
  readonly pendingHeld: Held[];
  /** The `subscription` and `destination` lines of every MESSAGE it gets. */
  readonly subscriptionHeader: StompHeader;
  readonly destinationHeader: StompHeader;
  /** The template of its MESSAGEs, for the content type of the last one. */
  messages?: { readonly contentType: string | undefined; readonly lines: FrameTemplate };
}

type SessionPhase = 'http' | 'ws' | 'connected' | 'closing' | 'done';

interface Session {
  phase: SessionPhase;
  readonly reader: MessageReader;
  readonly parser: StompParser;
  lastHeard: number;
  serverToClient: number;
  clientToServer: number;
  sentClose: boolean;
}

/** The broker endpoint. */
export class StompBroker {
  // By connection number (1-based, a handful): an array look-up per frame.
  private readonly sessions: (Session | undefined)[] = [];
  private readonly subscriptions: Subscription[] = [];
  private readonly turn = new Map<string, number>();
  private readonly backlog = new Map<string, Held[]>();
  private nextMessage = 0;

  constructor(private readonly params: StompParams) {}

  private session(connection: number): Session {
    let s = this.sessions[connection];
    if (s === undefined) {
      s = { phase: 'http', reader: new MessageReader({ role: 'server' }), parser: new StompParser({ role: 'server' }), lastHeard: 0, serverToClient: 0, clientToServer: 0, sentClose: false };
      this.sessions[connection] = s;
    }
    return s;
  }

  /** An upgrade request arrived on `transfer.connection`. */
  gotRequest(transfer: Transfer): StompAction[] {
    const connection = transfer.connection;
    const parsed = parseRequest(transfer.bytes);
    if (!parsed.ok) return [{ kind: 'arrive' }];
    const verdict = validateHandshakeRequest(parsed.value, { supportedProtocols: STOMP_SUBPROTOCOLS });
    const arrive: StompAction = { kind: 'arrive' };
    if (!verdict.ok) {
      return [arrive, sendAction('http-response', connection, { message: buildHandshakeRejection(verdict), summary: `${verdict.status} ${reasonPhrase(verdict.status)}` })];
    }
    this.session(connection).phase = 'ws';
    const message = buildHandshakeResponse({ key: verdict.key, protocol: verdict.protocol });
    return [
      arrive,
      sendAction('http-response', connection, { message, summary: `101 Switching Protocols · ${verdict.protocol ?? 'no subprotocol'}` }),
      { kind: 'state', connection, state: 'upgraded' },
    ];
  }

  /** A WebSocket frame from client `connection` arrived; `eventId` is the app event a SEND in it stands for. */
  gotFrame(connection: number, wire: Uint8Array, now: number, eventId: number | undefined): readonly StompAction[] {
    const out: StompAction[] = [];
    this.readFrame(connection, wire, now, eventId, out);
    return out.length === 1 && out[0] === ARRIVED ? ARRIVE : out.length === 1 && out[0] === IGNORED ? IGNORE : out;
  }

  /** `gotFrame`, appending the actions to `out`: first the arrival (or the ignoring) of the frame. */
  private readFrame(connection: number, wire: Uint8Array, now: number, eventId: number | undefined, out: StompAction[]): void {
    const s = this.session(connection);
    if (s.phase === 'done' || s.phase === 'http') { out.push(IGNORED); return; }
    s.lastHeard = now;
    out.push(ARRIVED);
    for (const event of s.reader.push(wire)) {
      if (event.kind === 'close') {
        this.gotClose(connection, s, event.code, event.reason, event.hasCode, out);
        break;
      }
      if (event.kind !== 'message' || s.phase === 'closing') continue;
      for (const parsed of s.parser.push(event.data)) {
        if (parsed.kind === 'error') this.fail(connection, parsed.error.code, describe(parsed.error), CLOSE_PROTOCOL_ERROR, undefined, out);
        else if (parsed.kind === 'frame') this.gotStomp(connection, s, frameView(parsed.frame), parsed.frame.body, parsed.frame.body.length, now, eventId, out);
        if ((s.phase as SessionPhase) === 'closing') break;
      }
    }
  }

  /**
   * `gotFrame` for a frame or heart-beat the client sent as a clean structured wire, appending the actions to `out`
   * (first the arrival or the ignoring): nothing on the path can alter its bytes (the scenario has no corrupting
   * or splitting fault; the malformed frame is sent as bytes), and the reader fed them yields this very frame
   * (stompWire.test.ts proves it over every fault), so the broker acts on it without re-reading. The parser still
   * counts its bytes, so a later error reports the same stream offset.
   */
  gotWire(connection: number, wire: StructuredWire, now: number, eventId: number | undefined, out: StompAction[]): void {
    const s = this.session(connection);
    if (s.phase === 'done' || s.phase === 'http') { out.push(IGNORED); return; }
    // A frame while closing is read by nobody, as in gotFrame.
    if (s.phase === 'closing') { s.lastHeard = now; out.push(ARRIVED); return; }
    if (!s.parser.skipFrame(wire.frameBytes)) return this.readFrame(connection, wire.bytes, now, eventId, out);
    s.lastHeard = now;
    out.push(ARRIVED);
    if (wire.kind === 'frame') this.gotStomp(connection, s, wire, wire.body, wire.payloadBytes, now, eventId, out);
  }

  private gotClose(connection: number, s: Session, code: number, reason: string, hasCode: boolean, out: StompAction[]): void {
    if (!s.sentClose) {
      s.sentClose = true;
      out.push(sendAction('ws-frame', connection, controlFrame('close', { code: hasCode ? code : undefined, reason })));
    }
    this.end(connection, s, closeReport(code, reason, true, 'normal'), out);
  }

  /** Ends `connection`: the broker closes TCP first (RFC 6455 §7.1.1) and forgets its subscriptions. */
  private end(connection: number, s: Session, report: WsCloseReport, out: StompAction[]): void {
    s.phase = 'done';
    this.dropSubscriptions(connection, out);
    out.push({ kind: 'end-tcp', connection }, { kind: 'ws-close', report });
  }

  /** A frame read (or taken structured): its `body` as bytes from the parser, as text from a `StompWire`; actions go to `out`. */
  private gotStomp(connection: number, s: Session, frame: StompFrameView, body: Uint8Array | string, bodyBytes: number, now: number, eventId: number | undefined, out: StompAction[]): void {
    const receipt = frame.header('receipt');
    const invalid = checkFrameLines(frame, '1.2');
    if (invalid) return this.fail(connection, invalid.code, describe(invalid), CLOSE_PROTOCOL_ERROR, receipt, out);
    if (s.phase === 'ws' && frame.command !== 'CONNECT' && frame.command !== 'STOMP') {
      return this.fail(connection, 'NOT_CONNECTED', `${frame.command} before CONNECT`, CLOSE_PROTOCOL_ERROR, receipt, out);
    }
    switch (frame.command) {
      case 'CONNECT':
      case 'STOMP':
        return this.connect(connection, s, frame, now, out);
      case 'SUBSCRIBE': {
        const destination = frame.header('destination')!;
        const id = frame.header('id')!;
        this.subscriptions.push({
          connection, session: s, id, destination, ack: frame.header('ack') ?? 'auto', pendingIds: [], pendingHeld: [],
          subscriptionHeader: { name: 'subscription', value: id }, destinationHeader: { name: 'destination', value: destination },
        });
        // A queue that kept messages while it had no consumer hands them over now.
        const waiting = this.backlog.get(destination) ?? [];
        this.backlog.delete(destination);
        for (let i = 0; i < waiting.length; i++) this.route(waiting[i]!, out);
        break;
      }
      case 'UNSUBSCRIBE': {
        const at = this.subscriptions.findIndex((x) => x.connection === connection && x.id === frame.header('id'));
        if (at >= 0) this.subscriptions.splice(at, 1);
        break;
      }
      case 'SEND': {
        // A structured frame's body is its text, `bodyBytes` long; a read one's is its bytes, decoded here.
        const text = typeof body === 'string' ? body : decodeUtf8(body);
        const bytes = typeof body === 'string' ? bodyBytes : utf8Length(text);
        this.route({
          eventId, destination: frame.header('destination')!, body: text, bodyBytes: bytes, contentType: frame.header('content-type'),
          carries: eventId === undefined ? undefined : [eventId],
        }, out);
        break;
      }
      case 'ACK':
      case 'NACK':
        this.settle(connection, frame.header('id')!, frame.command === 'NACK', out);
        break;
      case 'DISCONNECT':
        // RECEIPT first, then close (STOMP 1.2 "DISCONNECT").
        if (receipt !== undefined) out.push(this.frame(connection, 'RECEIPT', [{ name: 'receipt-id', value: receipt }]));
        s.phase = 'closing';
        s.sentClose = true;
        out.push(sendAction('ws-frame', connection, controlFrame('close', { code: CLOSE_NORMAL, reason: '' })));
        return;
      default:
        return this.fail(connection, 'UNSUPPORTED', `${frame.command} is not supported`, CLOSE_PROTOCOL_ERROR, receipt, out);
    }
    // After the frame's work, so a subscriber on the same connection sees its MESSAGE first.
    if (receipt !== undefined && this.session(connection).phase === 'connected') out.push(this.frame(connection, 'RECEIPT', [{ name: 'receipt-id', value: receipt }]));
  }

  private connect(connection: number, s: Session, frame: StompFrameView, now: number, out: StompAction[]): void {
    const version = negotiateVersion(frame.header('accept-version'));
    if (version === undefined) return this.fail(connection, 'STOMP_ERR_UNSUPPORTED_VERSION', 'Supported protocol versions are 1.0,1.1,1.2', CLOSE_PROTOCOL_ERROR, undefined, out);
    const offer = Math.max(0, this.params.heartBeatMs);
    const plan = negotiateHeartBeat(parseHeartBeat(frame.header('heart-beat')) ?? [0, 0], [offer, offer]);
    s.phase = 'connected';
    s.serverToClient = plan.serverToClient;
    s.clientToServer = plan.clientToServer;
    out.push(this.frame(connection, 'CONNECTED', [
      { name: 'version', value: version },
      { name: 'heart-beat', value: `${offer},${offer}` },
      { name: 'session', value: `session-${connection}` },
      { name: 'server', value: BROKER_SERVER },
    ]));
    if (plan.serverToClient > 0) out.push({ kind: 'schedule', connection, at: now + plan.serverToClient, event: 'heart-beat' });
    if (plan.clientToServer > 0) out.push({ kind: 'schedule', connection, at: now + HEART_BEAT_GRACE * plan.clientToServer, event: 'watchdog' });
  }

  private frame(connection: number, command: StompFrame['command'], headers: StompHeader[], body = ''): StompAction {
    return sendAction('ws-frame', connection, stompTransfer(command, headers, body, undefined));
  }

  /** Gives `held` out: to every subscriber of a topic, to the next consumer of a queue (or keeps it). */
  private route(held: Held, out: StompAction[]): void {
    const destination = held.destination;
    const subscriptions = this.subscriptions;
    if (!destination.startsWith('/queue/')) {
      // Every subscriber connected now gets it, even if one of them fails as a slow consumer on the way (which
      // changes the list: the subscribers are picked first).
      const subs: Subscription[] = [];
      for (let i = 0; i < subscriptions.length; i++) if (consumes(subscriptions[i]!, destination)) subs.push(subscriptions[i]!);
      for (let i = 0; i < subs.length; i++) this.deliver(subs[i]!, held, out);
      return;
    }
    // Indexed, no array: the consumers are counted, then the one whose turn it is is found.
    let consumers = 0;
    for (let i = 0; i < subscriptions.length; i++) if (consumes(subscriptions[i]!, destination)) consumers++;
    if (consumers === 0) {
      this.backlog.set(destination, [...(this.backlog.get(destination) ?? []), held]);
      return;
    }
    const turn = this.turn.get(destination) ?? 0;
    this.turn.set(destination, turn + 1);
    let pick = turn % consumers;
    for (let i = 0; i < subscriptions.length; i++) {
      const sub = subscriptions[i]!;
      if (consumes(sub, destination) && pick-- === 0) return this.deliver(sub, held, out);
    }
  }

  private deliver(sub: Subscription, held: Held, out: StompAction[]): void {
    const messageId = `msg-${this.nextMessage++}`;
    // Every MESSAGE of a subscription has the same lines but for its id (message-id, and ack when acknowledged).
    let template = sub.messages;
    if (template === undefined || template.contentType !== held.contentType) {
      const lines: TemplateLine[] = [sub.subscriptionHeader, 'message-id', sub.destinationHeader];
      if (sub.ack !== 'auto') lines.push('ack');
      if (held.contentType !== undefined) lines.push({ name: 'content-type', value: held.contentType });
      template = sub.messages = { contentType: held.contentType, lines: new FrameTemplate('MESSAGE', lines) };
    }
    const message = templateWire(template.lines, messageId, held.body, held.bodyBytes, undefined);
    const connection = sub.connection;
    const summary = message.summary;
    out.push({ kind: 'send', transfer: 'ws-frame', connection, message, summary, carries: held.carries });
    if (sub.ack === 'auto') return;
    sub.pendingIds.push(messageId);
    sub.pendingHeld.push(held);
    // One unacknowledged message too many: a slow consumer (the live broker's STOMP_MAX_PENDING).
    if (sub.pendingIds.length > this.params.maxPending) {
      this.fail(connection, 'SLOW_CONSUMER', `slow consumer: more than ${this.params.maxPending} unacknowledged messages`, CLOSE_POLICY_VIOLATION, undefined, out);
    }
  }

  /** ACK or NACK of message `ackId`: `client` settles it and every earlier one, `client-individual` just it. */
  private settle(connection: number, ackId: string, nack: boolean, out: StompAction[]): void {
    const subscriptions = this.subscriptions;
    for (let i = 0; i < subscriptions.length; i++) {
      const sub = subscriptions[i]!;
      if (sub.connection !== connection) continue;
      const ids = sub.pendingIds;
      const held = sub.pendingHeld;
      let at = -1;
      for (let j = 0; j < ids.length; j++) if (ids[j] === ackId) { at = j; break; }
      if (at < 0) continue;
      // A NACKed queue message goes to the next consumer; a topic message is simply dropped for this subscriber.
      if (!nack || !sub.destination.startsWith('/queue/')) {
        // The usual ACK settles the oldest message: shift, which returns no array.
        if (at === 0) { ids.shift(); held.shift(); } else if (sub.ack === 'client') { ids.splice(0, at + 1); held.splice(0, at + 1); } else { ids.splice(at, 1); held.splice(at, 1); }
        return;
      }
      const from = sub.ack === 'client' ? 0 : at;
      ids.splice(from, at + 1 - from);
      const settled = held.splice(from, at + 1 - from);
      for (let j = 0; j < settled.length; j++) this.route(settled[j]!, out);
      return;
    }
  }

  /** ERROR with a readable `message`, then Close (STOMP 1.2 "ERROR": the broker closes after it). */
  private fail(connection: number, code: string, message: string, closeCode: number, receipt: string | undefined, out: StompAction[]): void {
    const s = this.session(connection);
    if (s.phase === 'closing' || s.phase === 'done') return;
    s.phase = 'closing';
    s.sentClose = true;
    const headers: StompHeader[] = [
      { name: 'message', value: message },
      { name: 'content-type', value: 'text/plain' },
      ...(receipt !== undefined ? [{ name: 'receipt-id', value: receipt }] : []),
    ];
    out.push(
      this.frame(connection, 'ERROR', headers, code),
      sendAction('ws-frame', connection, controlFrame('close', { code: closeCode, reason: '' })),
    );
    this.dropSubscriptions(connection, out);
  }

  /** Forgets `connection`'s subscriptions; its unacknowledged queue messages go to the other consumers. */
  private dropSubscriptions(connection: number, out: StompAction[]): void {
    // The others are kept in order in place; `connection`'s are set aside, then their queue messages routed.
    const subscriptions = this.subscriptions;
    let mine: Subscription[] | undefined;
    let kept = 0;
    for (let i = 0; i < subscriptions.length; i++) {
      const sub = subscriptions[i]!;
      if (sub.connection === connection) (mine ??= []).push(sub);
      else subscriptions[kept++] = sub;
    }
    if (mine === undefined) return;
    subscriptions.length = kept;
    for (let i = 0; i < mine.length; i++) {
      const sub = mine[i]!;
      if (!sub.destination.startsWith('/queue/')) continue;
      const held = sub.pendingHeld.splice(0);
      sub.pendingIds.length = 0;
      for (let j = 0; j < held.length; j++) this.route(held[j]!, out);
    }
  }

  /** The broker's heart-beat timer for `connection`: an EOL. */
  heartBeat(connection: number, now: number): StompAction[] {
    const s = this.session(connection);
    if (s.phase !== 'connected') return [];
    return [
      { kind: 'timer', timer: 'heartbeat', ms: s.serverToClient },
      sendAction('ws-frame', connection, heartBeatTransfer(undefined)),
      { kind: 'schedule', connection, at: now + s.serverToClient, event: 'heart-beat' },
    ];
  }

  /** Checks that `connection` was heard from within the grace period; if not, ERROR and close 1008. */
  watchdog(connection: number, now: number): StompAction[] {
    const s = this.session(connection);
    if (s.phase !== 'connected') return [];
    const limit = HEART_BEAT_GRACE * s.clientToServer;
    // Both forms: in floating point `now - lastHeard` can fall a hair short of `limit` when `lastHeard + limit` is
    // already `now`, and a check scheduled for that very time would then run again and again.
    if (now - s.lastHeard >= limit || s.lastHeard + limit <= now) {
      const out: StompAction[] = [{ kind: 'timer', timer: 'heartbeat', ms: limit }];
      this.fail(connection, 'HEART_BEAT_TIMEOUT', `no heart-beat for ${limit} ms`, CLOSE_POLICY_VIOLATION, undefined, out);
      return out;
    }
    return [{ kind: 'schedule', connection, at: s.lastHeard + limit, event: 'watchdog' }];
  }
}

/** True when `sub` takes messages for `destination` now: its destination, and its session connected. */
function consumes(sub: Subscription, destination: string): boolean {
  return sub.destination === destination && sub.session.phase === 'connected';
}

/** The ERROR `message` for a codec error: its stable code and rule (the live broker adds the English sentence). */
function describe(error: StompError): string {
  return `${error.code} at byte ${error.offset} (${error.rule})`;
}
