/**
 * Two rules `ws` keeps looser than RFC 6455 asks, enforced on every /ws
 * connection before `ws` reads the bytes:
 *
 * - a 64-bit payload length with its most significant bit set is a protocol
 *   error (§5.2): Close 1002 (ws would say 1009, "too big");
 * - invalid UTF-8 in a text message fails the connection at once (§8.1, what
 *   Autobahn calls "fail fast"): Close 1007 at the first fragment (or chunk of a
 *   frame) that holds the bad byte, not when the final fragment arrives, which
 *   a client could put off for ever while the server holds the message.
 *
 * It sits between the socket and ws's Receiver: each chunk ws would parse is
 * walked first (frame headers only; payload bytes are skipped except those of a
 * text message that ws will not validate in this same chunk), and ws is given
 * only the bytes before the offending frame, so it never answers it itself.
 * Everything after the violation is read and dropped (never left unread, which
 * would make the kernel answer with a reset and lose the Close frame). Each
 * chunk passes through the read scheduler (readScheduler.ts) on its way, and the
 * frame mirror, when on, sees it just before the guard does.
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { CLOSE_INVALID_PAYLOAD, CLOSE_PROTOCOL_ERROR, Utf8Validator } from '../../src/sim/index';
import { scheduleParse, type Backlogged } from './readScheduler';

// RFC 6455 §5.2 header layout.
const FIN_BIT = 0x80;
const RSV1_BIT = 0x40;
const OPCODE_MASK = 0x0f;
const MASK_BIT = 0x80;
const LEN_MASK = 0x7f;
const LEN_16 = 126;
const LEN_64 = 127;
const OPCODE_CONTINUATION = 0x0;
const OPCODE_TEXT = 0x1;
const CONTROL_MIN = 0x8;
const MSB = 0x80;
const TWO_POW_32 = 0x100000000;

/** Reasons sent with the guard's Close frames (at most 123 bytes each, §5.5). */
export const GUARD_REASONS = {
  [CLOSE_PROTOCOL_ERROR]: '64-bit length with its top bit set',
  [CLOSE_INVALID_PAYLOAD]: 'invalid UTF-8 in a text message',
} as const;

/** A violation the guard found: the close code, and how many bytes of the chunk (before the bad frame) may still pass. */
export interface GuardViolation {
  readonly closeCode: typeof CLOSE_PROTOCOL_ERROR | typeof CLOSE_INVALID_PAYLOAD;
  readonly passBytes: number;
}

// One scratch buffer for unmasking, shared by every connection: the guard runs synchronously.
let scratch = new Uint8Array(16 * 1024);

/**
 * Walks a client's byte stream frame by frame and finds the two violations above.
 * Every connection has one, so its state is a handful of numbers (no typed array):
 * it costs about what ws's own per-connection state costs per field.
 */
export class ProtocolGuard {
  private headerFilled = 0;
  private headerNeeded = 2;
  private b0 = 0;
  private b1 = 0;
  /** The extended length as it arrives: its high 32 bits (64-bit form) and the rest. */
  private lengthHigh = 0;
  private lengthLow = 0;
  /** The masking key, big-endian in one number. */
  private key = 0;
  /** Payload bytes of the current frame still to come (0: reading a header). */
  private remaining = 0;
  /** The current frame's payload is text to validate as it arrives. */
  private validating = false;
  private keyAt = 0;
  /** Opcode of the fragmented message being received (text or binary), or -1. */
  private openOpcode = -1;
  /** The fragmented message being received started with RSV1 (permessage-deflate): its bytes are compressed. */
  private openCompressed = false;
  private utf8: Utf8Validator | undefined = undefined;
  private failed = false;
  /** Data frames of the current message, against ws's maxFragments (0: no limit). */
  private fragments = 0;
  private readonly maxFragments: number;
  /** ws fails the connection itself (1008, too many fragments): nothing more to check. */
  private handedOver = false;

  constructor(maxFragments = 0) {
    this.maxFragments = maxFragments;
  }

  /** Reads `chunk`; undefined when it may pass to ws whole, else the violation. After one, every chunk is refused whole. */
  check(chunk: Uint8Array): GuardViolation | undefined {
    if (this.failed) return { closeCode: CLOSE_PROTOCOL_ERROR, passBytes: 0 };
    if (this.handedOver) return undefined;
    const end = chunk.length;
    let at = 0;
    // Where the frame being read began in this chunk (0 when it began in an earlier one: those bytes have passed).
    let frameStart = 0;
    while (at < end) {
      if (this.remaining === 0 && this.headerFilled === 0) frameStart = at;
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, end - at);
        if (this.validating && !this.validate(chunk, at, n)) return this.fail(CLOSE_INVALID_PAYLOAD, frameStart);
        this.remaining -= n;
        at += n;
        continue;
      }
      // Header bytes, one at a time: at most 14 per frame.
      const b = chunk[at++]!;
      const i = this.headerFilled++;
      if (i === 0) {
        this.b0 = b;
      } else if (i === 1) {
        this.b1 = b;
        const len7 = b & LEN_MASK;
        this.headerNeeded = 2 + (len7 === LEN_16 ? 2 : len7 === LEN_64 ? 8 : 0) + (b & MASK_BIT ? 4 : 0);
        this.lengthHigh = 0;
        this.lengthLow = 0;
        this.key = 0;
      } else if (i < this.headerNeeded - ((this.b1 & MASK_BIT) !== 0 ? 4 : 0)) {
        // Extended length: in the 64-bit form the first four bytes are the high word, whose top bit must be 0.
        if (i === 2 && (this.b1 & LEN_MASK) === LEN_64 && (b & MSB) !== 0) return this.fail(CLOSE_PROTOCOL_ERROR, frameStart);
        if ((this.b1 & LEN_MASK) === LEN_64 && i < 6) this.lengthHigh = this.lengthHigh * 256 + b;
        else this.lengthLow = this.lengthLow * 256 + b;
      } else {
        this.key = ((this.key << 8) | b) >>> 0;
      }
      if (this.headerFilled < this.headerNeeded) continue;
      this.startPayload(end - at);
      if (this.handedOver) return undefined;
      if (this.remaining === 0) this.headerFilled = 0;
    }
    return undefined;
  }

  /** A header is complete; `available` payload bytes of the frame are in this chunk. */
  private startPayload(available: number): void {
    const fin = (this.b0 & FIN_BIT) !== 0;
    const opcode = this.b0 & OPCODE_MASK;
    const len7 = this.b1 & LEN_MASK;
    const length = len7 < LEN_16 ? len7 : this.lengthHigh * TWO_POW_32 + this.lengthLow;
    this.headerFilled = 0;
    this.remaining = length;
    this.keyAt = 0;
    this.validating = false;
    if (opcode >= CONTROL_MIN) return; // Control frames are short and checked whole by ws; they do not touch the message.
    // ws counts every data frame of a message and fails the connection at the one past its limit:
    // from there on it reads nothing, so walking the rest of a chunk of tiny frames would be wasted.
    const count = this.fragments + 1;
    if (this.maxFragments > 0 && count > this.maxFragments) {
      this.handedOver = true;
      return;
    }
    this.fragments = fin ? 0 : count;
    // A compressed message (RSV1 on its first frame, RFC 7692 §6) cannot be checked before inflating: ws checks it after.
    const compressed = opcode === OPCODE_CONTINUATION ? this.openCompressed : (this.b0 & RSV1_BIT) !== 0;
    const text = !compressed && (opcode === OPCODE_TEXT || (opcode === OPCODE_CONTINUATION && this.openOpcode === OPCODE_TEXT));
    if (opcode !== OPCODE_CONTINUATION) {
      this.openOpcode = fin ? -1 : opcode;
      this.openCompressed = !fin && compressed;
      if (text) this.utf8?.reset();
    } else if (fin) {
      this.openOpcode = -1;
      this.openCompressed = false;
    }
    // A final frame wholly in this chunk completes its message now, and ws validates the whole message now: no need to.
    if (!text || (fin && length <= available)) return;
    this.validating = length > 0;
    this.utf8 ??= new Utf8Validator();
  }

  /** Unmasks and validates `n` payload bytes at `chunk[at]`; false at an invalid byte. */
  private validate(chunk: Uint8Array, at: number, n: number): boolean {
    const masked = (this.b1 & MASK_BIT) !== 0;
    const key = masked ? this.key : 0;
    if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
    let k = this.keyAt;
    for (let i = 0; i < n; i++, k = (k + 1) & 3) scratch[i] = chunk[at + i]! ^ ((key >>> (24 - 8 * k)) & 0xff);
    this.keyAt = k;
    return this.utf8!.push(scratch, 0, n) === -1;
  }

  private fail(closeCode: GuardViolation['closeCode'], passBytes: number): GuardViolation {
    this.failed = true;
    return { closeCode, passBytes };
  }
}

/** ws's Receiver, as far as the guard touches it: a Writable fed by ws's socket 'data' listener. */
interface ReceiverLike {
  write(chunk: Buffer): boolean;
}

const GUARD = Symbol('protocolGuard');
type GuardedReceiver = ReceiverLike & { [GUARD]: GuardedConnection };
// Writable.prototype.write, the same for every receiver; the guarded write calls it after checking.
let receiverWrite: ((this: ReceiverLike, chunk: Buffer) => boolean) | undefined;

/** What sits in front of one connection's Receiver: the guard, an optional tap (the frame mirror), the read scheduler's backlog. */
export class GuardedConnection implements Backlogged {
  readonly guard: ProtocolGuard;
  /** Sees every chunk just before the guard and ws do, while the connection is open (the frame mirror). */
  tap: ((chunk: Buffer) => void) | undefined = undefined;
  backlog: Buffer[] | undefined = undefined;
  private readonly ws: WebSocket;
  private readonly socket: Socket;
  private readonly receiver: ReceiverLike & { writableEnded?: boolean; destroyed?: boolean; emit(event: string): boolean };

  constructor(ws: WebSocket, socket: Socket, receiver: GuardedConnection['receiver'], maxFragments: number) {
    this.guard = new ProtocolGuard(maxFragments);
    this.ws = ws;
    this.socket = socket;
    this.receiver = receiver;
  }

  /** Checks `chunk`, then hands ws the bytes it may read (all of them, or those before a violation, then closes); false when ws's Receiver asks for a pause. */
  parse(chunk: Buffer): boolean {
    const receiver = this.receiver;
    // ws ended or dropped the connection while the chunk waited: nothing reads it any more.
    if (receiver.writableEnded || receiver.destroyed) return true;
    const ws = this.ws;
    if (this.tap && ws.readyState === ws.OPEN) this.tap(chunk);
    const violation = this.guard.check(chunk);
    if (!violation) return receiverWrite!.call(receiver, chunk);
    if (violation.passBytes > 0) receiverWrite!.call(receiver, chunk.subarray(0, violation.passBytes));
    if (ws.readyState === ws.OPEN) {
      ws.close(violation.closeCode, GUARD_REASONS[violation.closeCode]);
      this.socket.end();
    }
    // The rest is dropped, but the socket keeps being read: one closed with unread input is reset, losing our Close frame.
    return true;
  }

  /** The backlog is parsed: ws's own 'drain' handler resumes the socket it paused. */
  resume(): void {
    if (!this.receiver.writableEnded && !this.receiver.destroyed) this.receiver.emit('drain');
  }
}

/** The Receiver's write with the guard in front (one shared function: ws calls it with `this` = the receiver). */
function guardedWrite(this: GuardedReceiver, chunk: Buffer): boolean {
  // False makes ws pause the socket until the scheduler has parsed the chunk.
  return scheduleParse(this[GUARD], chunk);
}

/**
 * Puts a ProtocolGuard (and the read scheduler) in front of `ws`'s Receiver: on a
 * violation, ws gets the bytes before the bad frame, then the guard sends the
 * Close frame (ws.close), half-closes the socket after it, and ws destroys it
 * after its close time-out if the client lingers. Returns the connection's
 * guard, where a tap (the frame mirror) can be set.
 */
export function guardProtocol(ws: WebSocket, socket: Socket, maxFragments = 0): GuardedConnection {
  const receiver = (ws as unknown as { _receiver?: GuardedConnection['receiver'] })._receiver;
  // Pinned by the integration tests (tests/integration/live/strictness.test.ts); ws 8 has had _receiver throughout.
  if (!receiver || typeof receiver.write !== 'function') throw new Error('ws has no _receiver to guard');
  receiverWrite ??= receiver.write;
  const connection = new GuardedConnection(ws, socket, receiver, maxFragments);
  (receiver as unknown as GuardedReceiver)[GUARD] = connection;
  receiver.write = guardedWrite;
  return connection;
}
