/**
 * The browser's end of a WebSocket session as a small state machine: it sends
 * the upgrade once TCP (and TLS) is up, checks the 101, sends its messages
 * masked, answers pings and Close frames, fails the connection when the
 * project's `MessageReader` says a frame broke a rule, and reports the end as
 * the page's `close` event would. Each method returns its actions as data.
 */
import { encodeUtf8 } from '../../bytes/utf8';
import { eventPayload } from '../../events/eventPayload';
import { parseResponse } from '../../http/parseResponse';
import type { Transfer, WsCloseCause } from '../../timeline/types';
import { CLOSE_ABNORMAL, CLOSE_INVALID_PAYLOAD } from '../../ws/closeCodes';
import { MessageReader } from '../../ws/messageReader';
import { OPCODE_BINARY, OPCODE_TEXT } from '../../ws/opcodes';
import { validateHandshakeResponse } from '../../ws/validateHandshakeResponse';
import { headerValue } from '../../ws/headerList';
import { H_EXTENSIONS } from '../../ws/handshakeConstants';
import { acceptDeflateResponse } from '../../ws/permessageDeflate/negotiateDeflate';
import { deflateParams, PERMESSAGE_DEFLATE, type DeflateParams } from '../../ws/permessageDeflate/deflateParams';
import { parseExtensions } from '../../ws/permessageDeflate/parseExtensions';
import { deflaterFor } from '../../ws/permessageDeflate/endpointDeflate';
import type { MessageDeflater } from '../../ws/permessageDeflate/messageDeflater';
import type { WebSocketParams } from '../scenarioParams';
import { controlFrame, dataFrames, upgradeRequest, type MaskSource, type VouchedFrame } from '../webSocketMessages';
import { ARRIVE_ONLY, IGNORE_ONLY, closeReport, type WsAction, type WsSession } from './wsActions';

/** The client's connection. */
const MAIN = 1;
const MIN_PAYLOAD_BYTES = 1;

type ClientPhase = 'connecting' | 'handshaking' | 'open' | 'closing' | 'done';

/** The client endpoint. */
export class WsClient {
  private phase: ClientPhase = 'connecting';
  private sentClose = false;
  private gotClose: { code: number; reason: string } | undefined;
  private reader = new MessageReader({ role: 'client' });
  /** Extension names the upgrade offered, and its permessage-deflate offer if any. */
  private offered: string[] = [];
  private deflateOffer: DeflateParams | undefined;
  /** Set once permessage-deflate is agreed: compresses what the page sends. */
  private deflater: MessageDeflater | undefined;
  private readonly outbox: number[] = [];
  /** The window ended during the handshake: close() runs as soon as the connection opens. */
  private closePending = false;

  constructor(
    private readonly params: WebSocketParams,
    private readonly key: string,
    private readonly masks: MaskSource,
    private readonly session: WsSession,
    private readonly fragmentBytes: number,
    /** True when this pong is the one the lost-pong fault drops (asked once per pong). */
    private readonly losePong: (now: number) => boolean,
  ) {}

  /** TCP is up: TLS next for wss://, else the upgrade request. */
  tcpReady(now: number, roundTrip: number): WsAction[] {
    return this.params.secure ? [{ kind: 'schedule', at: now + roundTrip, event: 'tls-ready' }] : this.sendUpgrade();
  }

  /** TLS is up: the upgrade request goes out encrypted. */
  tlsReady(): WsAction[] {
    return [{ kind: 'state', connection: MAIN, state: 'secured' }, ...this.sendUpgrade()];
  }

  private sendUpgrade(): WsAction[] {
    this.phase = 'handshaking';
    const message = upgradeRequest(this.params.headerSet, this.key, this.params.secure);
    this.readOffer(headerValue(message.request?.headers ?? [], H_EXTENSIONS));
    return [{ kind: 'send', transfer: 'http-request', connection: MAIN, frame: { message, summary: 'GET /chat · Upgrade' } }];
  }

  /** Remembers what the upgrade offered, to check the answer against it (RFC 6455 §4.1, RFC 7692 §5). */
  private readOffer(header: string | undefined): void {
    const parsed = header === undefined ? undefined : parseExtensions(header);
    if (!parsed?.ok) return;
    this.offered = parsed.elements.map((e) => e.name);
    const element = parsed.elements.find((e) => e.name.toLowerCase() === PERMESSAGE_DEFLATE);
    const params = element && deflateParams(element, 'offer');
    if (params?.ok) this.deflateOffer = params.params;
  }

  /** The server's answer to the upgrade arrived. */
  gotResponse(transfer: Transfer): WsAction[] {
    const parsed = parseResponse(transfer.bytes);
    const verdict = parsed.ok ? validateHandshakeResponse(parsed.value, this.key, { extensions: this.offered }) : undefined;
    const deflate = parsed.ok && verdict?.ok && this.deflateOffer ? acceptDeflateResponse(headerValue(parsed.value.headers, H_EXTENSIONS), this.deflateOffer) : undefined;
    if (verdict?.ok && deflate?.ok !== false) {
      if (deflate?.agreement) {
        this.reader = new MessageReader({ role: 'client', deflate: deflate.agreement });
        this.deflater = deflaterFor(deflate.agreement, 'client');
      }
      this.phase = 'open';
      const actions: WsAction[] = [{ kind: 'state', connection: MAIN, state: 'upgraded' }];
      for (const index of this.outbox) actions.push(...this.messageFrames(index));
      this.outbox.length = 0;
      if (this.closePending) actions.push(...this.closeStart());
      return actions;
    }
    // §4.1: the client must fail the connection; the page sees error, then close 1006.
    this.phase = 'done';
    this.session.cause = 'handshake-failed';
    return [
      { kind: 'ws-close', report: closeReport(CLOSE_ABNORMAL, '', false, 'handshake-failed', { error: true }) },
      // The refusal said Connection: close; the client drops its end.
      { kind: 'end-tcp', how: 'fin' },
    ];
  }

  /** The page sends message `index` (queued until the connection is open). */
  message(index: number, time: number): WsAction[] {
    const actions: WsAction[] = [{ kind: 'timer', timer: 'send-message', ms: time }];
    if (this.phase === 'open') actions.push(...this.messageFrames(index));
    else if (this.phase === 'connecting' || this.phase === 'handshaking') this.outbox.push(index);
    return actions;
  }

  private messageFrames(index: number): WsAction[] {
    const opcode = this.params.clientMessageType === 'binary' ? OPCODE_BINARY : OPCODE_TEXT;
    const payload = encodeUtf8(eventPayload(index, Math.max(MIN_PAYLOAD_BYTES, this.params.payloadBytes)));
    return dataFrames(payload, opcode, { masks: this.masks, fragmentBytes: this.fragmentBytes, ...(this.deflater ? { deflater: this.deflater } : {}) }).map((frame) => ({ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame }));
  }

  /**
   * The page calls close() at the end of the window. When the window ends during the handshake, it closes from its
   * `open` handler instead (close() while CONNECTING would fail the connection: no Close handshake left to show).
   */
  closeStart(): WsAction[] {
    if (this.phase === 'connecting' || this.phase === 'handshaking') this.closePending = true;
    if (this.phase !== 'open') return [];
    this.closePending = false;
    this.phase = 'closing';
    this.sentClose = true;
    const { closeCode: code, closeReason: reason, durationMs } = this.params;
    return [{ kind: 'timer', timer: 'close', ms: durationMs }, { kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('close', { code, reason }, this.masks.next()) }];
  }

  /**
   * A frame the server vouches for arrived (one whole message nothing on the path altered): taken as that message
   * without reading its bytes where the reader can vouch for it too, else read from them; the same actions either way.
   */
  gotVouched(frame: VouchedFrame, now: number): readonly WsAction[] {
    if (this.phase !== 'open' && this.phase !== 'closing') return IGNORE_ONLY;
    // A data message only ever asks for its arrival to be recorded (gotFrame's path for it).
    if (this.reader.skipVouchedMessage(frame.headerBytes + frame.payloadBytes, frame.payloadBytes, frame.inflated)) return ARRIVE_ONLY;
    return this.gotFrame(frame.wire, now);
  }

  /** A frame from the server arrived. */
  gotFrame(wire: Uint8Array, now: number): readonly WsAction[] {
    if (this.phase !== 'open' && this.phase !== 'closing') return IGNORE_ONLY;
    const first = this.reader.push(wire)[0];
    if (first?.kind === 'error') {
      const code = first.error.closeCode;
      return [{ kind: 'ignore' }, ...this.fail(code, code === CLOSE_INVALID_PAYLOAD ? 'invalid-payload' : 'protocol-error')];
    }
    if (first?.kind !== 'ping' && first?.kind !== 'close') return ARRIVE_ONLY;
    const actions: WsAction[] = [{ kind: 'arrive' }];
    if (first.kind === 'ping' && this.phase === 'open') {
      const pong = controlFrame('pong', first.payload, this.masks.next());
      actions.push(this.losePong(now) ? { kind: 'send-lost', frame: { message: pong.message, summary: `${pong.summary} · lost` } } : { kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: pong });
    } else if (first.kind === 'close') {
      this.gotClose = { code: first.code, reason: first.reason };
      if (!this.sentClose) {
        // §5.5.1: answer a Close with a Close (echoing the code), then wait for the server to close TCP.
        this.sentClose = true;
        this.phase = 'closing';
        const echo = first.hasCode ? { code: first.code, reason: first.reason } : { code: undefined, reason: '' };
        actions.push({ kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('close', echo, this.masks.next()) });
      }
    }
    return actions;
  }

  /** §7.1.7: fail the connection: a Close with `code`, then drop TCP at once. */
  private fail(code: number, why: WsCloseCause): WsAction[] {
    this.phase = 'done';
    this.session.cause = why;
    this.sentClose = true;
    return [
      { kind: 'send', transfer: 'ws-frame', connection: MAIN, frame: controlFrame('close', { code, reason: '' }, this.masks.next()) },
      { kind: 'ws-close', report: closeReport(CLOSE_ABNORMAL, '', false, why, { sentCode: code, error: true }) },
      { kind: 'end-tcp', how: 'fin' },
    ];
  }

  /** The server closed (FIN) or reset (RST) TCP. */
  peerClosed(how: 'fin' | 'rst'): WsAction[] {
    if (this.phase === 'done') return [];
    this.phase = 'done';
    const got = this.gotClose;
    const clean = got !== undefined && this.sentClose && how === 'fin';
    return [{
      kind: 'ws-close',
      report: clean ? closeReport(got.code, got.reason, true, 'normal') : closeReport(CLOSE_ABNORMAL, '', false, this.session.cause ?? (how === 'rst' ? 'tcp-reset' : 'heartbeat-timeout')),
    }];
  }
}
