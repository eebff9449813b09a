/**
 * The server's end of a WebSocket session as a small state machine: it
 * validates the upgrade and answers 101 (or refuses), sends each app event as
 * a text message (broken on purpose when a fault says so), pings on a
 * heartbeat and gives up when no pong came back, answers the closing
 * handshake and closes TCP first (RFC 6455 §7.1.1). Each method returns its
 * actions as data.
 */
import { encodeUtf8 } from '../../bytes/utf8';
import type { GeneratedEvent } from '../../events/generateEvents';
import { parseRequest } from '../../http/parseRequest';
import { reasonPhrase } from '../../http/reasonPhrase';
import type { Transfer, WsCloseReport } from '../../timeline/types';
import { CLOSE_ABNORMAL, CLOSE_NO_STATUS } from '../../ws/closeCodes';
import { MessageReader } from '../../ws/messageReader';
import { OPCODE_TEXT } from '../../ws/opcodes';
import { validateHandshakeRequest } from '../../ws/validateHandshakeRequest';
import { headerValue } from '../../ws/headerList';
import { H_EXTENSIONS } from '../../ws/handshakeConstants';
import { acceptDeflateOffer, type DeflateServerOptions } from '../../ws/permessageDeflate/negotiateDeflate';
import { deflaterFor } from '../../ws/permessageDeflate/endpointDeflate';
import type { MessageDeflater } from '../../ws/permessageDeflate/messageDeflater';
import { singleId } from '../carriedIds';
import type { WebSocketParams } from '../scenarioParams';
import { controlFrame, corruptUtf8, dataFrames, deflatedServerText, maskedServerFrames, refusal, serverTextFrame, switchingProtocols, type LabelledFrame, type MaskSource } from '../webSocketMessages';
import { ARRIVE_ONLY, IGNORE_ONLY, closeReport, type WsAction, type WsSession } from './wsActions';

/** The client's connection. */
const MAIN = 1;
const EMPTY = new Uint8Array(0);

type ServerPhase = 'listening' | 'open' | 'closing' | 'done';

/** The server endpoint. */
export class WsServer {
  private phase: ServerPhase = 'listening';
  private gotClose: { code: number; reason: string } | undefined;
  private awaitingPong = false;
  private resetPending = false;
  /** The window ended before the upgrade: the application closes as soon as the connection is up. */
  private closePending = false;
  private faultUsed = false;
  private reader = new MessageReader({ role: 'server' });
  /** Set once permessage-deflate is agreed: compresses what this server sends. */
  private deflater: MessageDeflater | undefined;
  private readonly backlog: GeneratedEvent[] = [];

  constructor(
    private readonly params: WebSocketParams,
    private readonly masks: MaskSource,
    private readonly session: WsSession,
    private readonly fragmentBytes: number,
  ) {}

  /** The upgrade request arrived (on `transfer.connection`: the client's, or a proxy's). */
  gotRequest(transfer: Transfer, now: number): WsAction[] {
    const parsed = parseRequest(transfer.bytes);
    if (!parsed.ok) return [];
    const verdict = validateHandshakeRequest(parsed.value);
    const connection = transfer.connection;
    if (verdict.ok) {
      const extensions = this.negotiate(headerValue(parsed.value.headers, H_EXTENSIONS));
      const answer: WsAction = { kind: 'send', transfer: 'http-response', connection, frame: { message: switchingProtocols(verdict.key, extensions), summary: '101 Switching Protocols' } };
      return [answer, ...this.upgraded(now)];
    }
    this.phase = 'done';
    return [{ kind: 'send', transfer: 'http-response', connection, frame: { message: refusal(verdict), summary: `${verdict.status} ${reasonPhrase(verdict.status)}` } }];
  }

  /** Answers a permessage-deflate offer per the compression knob (as ws does), arming this end's reader and deflater; returns the 101's extensions. */
  private negotiate(offer: string | undefined): string[] {
    const compression = this.params.compression ?? 'off';
    if (compression === 'off') return [];
    const policy: DeflateServerOptions = compression === 'deflate-no-context-takeover' ? { serverNoContextTakeover: true, clientNoContextTakeover: true } : {};
    const answer = acceptDeflateOffer(offer, policy);
    if (answer.kind !== 'accepted') return [];
    this.reader = new MessageReader({ role: 'server', deflate: answer.agreement });
    this.deflater = deflaterFor(answer.agreement, 'server');
    return [answer.header];
  }

  private upgraded(now: number): WsAction[] {
    this.phase = 'open';
    const actions: WsAction[] = [{ kind: 'state', connection: MAIN, state: 'upgraded' }];
    for (const event of this.backlog) actions.push(...this.eventFrames(event, now));
    this.backlog.length = 0;
    if (this.params.pingIntervalMs > 0) actions.push({ kind: 'schedule', at: now + this.params.pingIntervalMs, event: 'heartbeat' });
    if (this.resetPending) actions.push(...this.reset(now));
    else if (this.closePending) actions.push(...this.closeStart());
    return actions;
  }

  /** The application produced `event`: sent now when open, kept until the upgrade when not yet. */
  appEvent(event: GeneratedEvent, now: number): WsAction[] {
    if (this.phase === 'open') return this.eventFrames(event, now);
    if (this.phase === 'listening') this.backlog.push(event);
    return [];
  }

  private eventFrames(event: GeneratedEvent, now: number): WsAction[] {
    const fragmentBytes = this.fragmentBytes;
    const deflater = this.deflater;
    const faultDue = !this.faultUsed && now >= this.params.faultAtMs;
    const faulty = faultDue && (this.params.fault === 'masked-server-frame' || this.params.fault === 'invalid-utf8');
    // The common case, one plain text frame (UTF-8 takes at most 3 bytes per code unit, so it fits): framed straight from the text.
    if (deflater === undefined && !faulty && event.payload.length * 3 <= fragmentBytes) {
      return [{ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: serverTextFrame(event.payload), carries: singleId(event.id) }];
    }
    let frames: LabelledFrame[];
    if (deflater !== undefined && !faulty) {
      // Compressed and untouched by any fault: compressed straight from the text (no arrays per message).
      frames = deflatedServerText(event.payload, deflater, fragmentBytes);
    } else if (faultDue && this.params.fault === 'masked-server-frame') {
      this.faultUsed = true;
      frames = maskedServerFrames(encodeUtf8(event.payload), this.masks, fragmentBytes, deflater);
    } else if (faultDue && this.params.fault === 'invalid-utf8') {
      this.faultUsed = true;
      frames = dataFrames(corruptUtf8(encodeUtf8(event.payload)), OPCODE_TEXT, { fragmentBytes, note: 'bad UTF-8', ...(deflater ? { deflater } : {}) });
    } else {
      frames = dataFrames(encodeUtf8(event.payload), OPCODE_TEXT, { fragmentBytes, ...(deflater ? { deflater } : {}) });
    }
    if (frames.length === 1) return [{ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: frames[0]!, carries: singleId(event.id) }];
    return frames.map((frame, i): WsAction => ({ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame, carries: i === frames.length - 1 ? singleId(event.id) : undefined }));
  }

  /** The heartbeat timer fired: ping, or give up when the last ping got no pong (ws's heartbeat pattern). */
  heartbeat(now: number): WsAction[] {
    if (this.phase !== 'open') return [];
    const actions: WsAction[] = [{ kind: 'timer', timer: 'heartbeat', ms: this.params.pingIntervalMs }];
    if (this.awaitingPong) {
      // No pong since the last ping, so the peer is gone; terminate without a Close.
      this.session.cause = 'heartbeat-timeout';
      return [...actions, ...this.finish(closeReport(CLOSE_ABNORMAL, '', false, 'heartbeat-timeout'))];
    }
    this.awaitingPong = true;
    actions.push({ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('ping', EMPTY) });
    actions.push({ kind: 'schedule', at: now + this.params.pingIntervalMs, event: 'heartbeat' });
    return actions;
  }

  /** The server's application closes at the end of the window (or, when that comes first, right after the upgrade). */
  closeStart(): WsAction[] {
    if (this.phase === 'listening') this.closePending = true;
    if (this.phase !== 'open') return [];
    this.closePending = false;
    this.phase = 'closing';
    const { closeCode: code, closeReason: reason, durationMs } = this.params;
    return [{ kind: 'timer', timer: 'close', ms: durationMs }, { kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('close', { code, reason }) }];
  }

  /** The tcp-reset fault: reset now, or as soon as the connection is up. */
  resetFault(now: number): WsAction[] {
    if (this.phase === 'open' || this.phase === 'closing') return this.reset(now);
    if (this.phase === 'listening') this.resetPending = true;
    return [];
  }

  private reset(_now: number): WsAction[] {
    this.resetPending = false;
    this.session.cause = 'tcp-reset';
    return this.finish(closeReport(CLOSE_ABNORMAL, '', false, 'tcp-reset'), 'rst');
  }

  /** Ends the server's side: closes (or resets) TCP first (§7.1.1) and reports what it saw. */
  private finish(report: WsCloseReport, how: 'fin' | 'rst' = 'fin'): WsAction[] {
    this.phase = 'done';
    return [{ kind: 'end-tcp', how }, { kind: 'ws-close', report }];
  }

  /** A frame from the client arrived. */
  gotFrame(wire: Uint8Array): readonly WsAction[] {
    if (this.phase !== 'open' && this.phase !== 'closing') return IGNORE_ONLY;
    const first = this.reader.push(wire)[0];
    if (first?.kind === 'pong') this.awaitingPong = false;
    if (first?.kind !== 'error' && first?.kind !== 'close') return ARRIVE_ONLY;
    const actions: WsAction[] = [{ kind: 'arrive' }];
    if (first.kind === 'error') {
      // A client that breaks the rules: Close with the codec's code, then drop the connection.
      this.session.cause = 'protocol-error';
      const code = first.error.closeCode;
      actions.push({ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('close', { code, reason: '' }) });
      actions.push(...this.finish(closeReport(CLOSE_ABNORMAL, '', false, 'protocol-error', { sentCode: code, error: true })));
    } else {
      this.gotClose = { code: first.code, reason: first.reason };
      const code = first.hasCode ? first.code : CLOSE_NO_STATUS;
      if (this.phase === 'open') {
        actions.push({ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('close', { code: first.hasCode ? first.code : undefined, reason: first.reason }) });
      }
      const cause = this.session.cause;
      actions.push(...this.finish(closeReport(code, first.reason, cause === undefined, cause ?? 'normal')));
    }
    return actions;
  }

  /** The client closed (FIN) or reset (RST) TCP before the server ended it. */
  peerClosed(): WsAction[] {
    if (this.phase === 'done' || this.phase === 'listening') return [];
    this.phase = 'done';
    const got = this.gotClose;
    return [{ kind: 'ws-close', report: closeReport(got?.code ?? CLOSE_ABNORMAL, got?.reason ?? '', false, this.session.cause ?? 'tcp-reset') }];
  }
}
