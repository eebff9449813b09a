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
 * would make the kernel answer with a reset and lose the Close frame).
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { CLOSE_INVALID_PAYLOAD, CLOSE_PROTOCOL_ERROR, Utf8Validator } from '../../src/sim/index';

// RFC 6455 §5.2 header layout.
const FIN_BIT = 0x80;
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
const MAX_HEADER = 14;

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

/** Walks a client's byte stream frame by frame and finds the two violations above. */
export class ProtocolGuard {
  private readonly header = new Uint8Array(MAX_HEADER);
  private headerFilled = 0;
  private headerNeeded = 2;
  /** Payload bytes of the current frame still to come (0: reading a header). */
  private remaining = 0;
  /** The current frame's payload is text to validate as it arrives. */
  private validating = false;
  private keyAt = 0;
  /** Opcode of the fragmented message being received (text or binary), or -1. */
  private openOpcode = -1;
  private utf8: Utf8Validator | undefined;
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
      this.header[this.headerFilled++] = b;
      if (this.headerFilled === 2) this.headerNeeded = 2 + ((b & LEN_MASK) === LEN_16 ? 2 : (b & LEN_MASK) === LEN_64 ? 8 : 0) + (b & MASK_BIT ? 4 : 0);
      if (this.headerFilled === 3 && (this.header[1]! & LEN_MASK) === LEN_64 && (b & MSB) !== 0) return this.fail(CLOSE_PROTOCOL_ERROR, frameStart);
      if (this.headerFilled < this.headerNeeded) continue;
      this.startPayload(end - at);
      if (this.handedOver) return undefined;
      if (this.remaining === 0) this.headerFilled = 0;
    }
    return undefined;
  }

  /** A header is complete; `available` payload bytes of the frame are in this chunk. */
  private startPayload(available: number): void {
    const h = this.header;
    const fin = (h[0]! & FIN_BIT) !== 0;
    const opcode = h[0]! & OPCODE_MASK;
    const len7 = h[1]! & LEN_MASK;
    let length = len7;
    if (len7 === LEN_16) length = (h[2]! << 8) | h[3]!;
    else if (len7 === LEN_64) length = (((h[2]! << 24) | (h[3]! << 16) | (h[4]! << 8) | h[5]!) >>> 0) * TWO_POW_32 + (((h[6]! << 24) | (h[7]! << 16) | (h[8]! << 8) | h[9]!) >>> 0);
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
    const text = opcode === OPCODE_TEXT || (opcode === OPCODE_CONTINUATION && this.openOpcode === OPCODE_TEXT);
    if (opcode !== OPCODE_CONTINUATION) {
      this.openOpcode = fin ? -1 : opcode;
      if (text) this.utf8?.reset();
    } else if (fin) {
      this.openOpcode = -1;
    }
    // A final frame wholly in this chunk completes its message now, and ws validates the whole message now: no need to.
    if (!text || (fin && length <= available)) return;
    this.validating = length > 0;
    this.utf8 ??= new Utf8Validator();
  }

  /** Unmasks and validates `n` payload bytes at `chunk[at]`; false at an invalid byte. */
  private validate(chunk: Uint8Array, at: number, n: number): boolean {
    const h = this.header;
    const masked = (h[1]! & MASK_BIT) !== 0;
    const keyStart = this.headerNeeded - 4;
    if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
    for (let i = 0; i < n; i++) scratch[i] = masked ? chunk[at + i]! ^ h[keyStart + ((this.keyAt + i) & 3)]! : chunk[at + i]!;
    this.keyAt = (this.keyAt + n) & 3;
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

/**
 * Puts a ProtocolGuard in front of `ws`'s Receiver: on a violation, ws gets the
 * bytes before the bad frame, then the guard sends the Close frame (ws.close),
 * half-closes the socket after it, and ws destroys it after its close time-out
 * if the client lingers.
 */
export function guardProtocol(ws: WebSocket, socket: Socket, maxFragments = 0): void {
  const receiver = (ws as unknown as { _receiver?: ReceiverLike })._receiver;
  // Pinned by the integration tests (tests/integration/live/strictness.test.ts); ws 8 has had _receiver throughout.
  if (!receiver || typeof receiver.write !== 'function') throw new Error('ws has no _receiver to guard');
  const guard = new ProtocolGuard(maxFragments);
  const write = receiver.write.bind(receiver);
  receiver.write = (chunk: Buffer): boolean => {
    const violation = guard.check(chunk);
    if (!violation) return write(chunk);
    if (violation.passBytes > 0) write(chunk.subarray(0, violation.passBytes));
    if (ws.readyState === ws.OPEN) {
      ws.close(violation.closeCode, GUARD_REASONS[violation.closeCode]);
      socket.end();
    }
    // Keep reading (and dropping): a socket closed with unread input is reset, losing our Close frame.
    return true;
  };
}
