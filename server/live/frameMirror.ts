/**
 * The frame mirror: a passive tap on an upgraded socket that reads every byte
 * the client sends, before `ws` does, with the project's own streaming decoder,
 * and reports each frame exactly as it arrived (header bits, masking key, how
 * the length was written, the raw header bytes).
 *
 * Ordering on the wire, so a learner sees cause then report:
 *
 *   client frame ──▶ tap decodes, queues its report
 *                    ws reads it and answers (echo, pong) ──▶ afterEvent() sends the queued report(s)
 *   client Close ──▶ tap sends its report at once ──▶ then ws answers with its own Close
 *
 * A Close frame (or a frame the decoder rejects) is reported before `ws` answers,
 * because nothing may follow the server's Close frame (RFC 6455 §5.5.1).
 *
 * Memory: reports wait in `pending` while a fragmented message is open, and a
 * client can keep one open with thousands of empty continuation frames. So the
 * waiting reports have a byte budget per message and per connection; past it a
 * frame is not reported but counted, and one `mirror-truncated` note (which
 * frames, how many, which budget) takes the place of the run of skipped reports.
 * The connection is not closed: the frames are legal, only the mirror is partial.
 */
import { bytesToHex, FrameDecoder, isControlOpcode, OPCODE_CLOSE, opcodeName, parseClosePayload, type FrameDecoderEvent } from '../../src/sim/index';
import type { Clock } from './clock';
import { MIRROR_PAYLOAD_PREVIEW, type LabMessage, type MirroredFrame } from './liveMessages';

// RFC 6455 §5.2: 2 fixed bytes + 8 of 64-bit length + 4 of masking key.
const MAX_HEADER_BYTES = 14;
const FIXED_HEADER_BYTES = 2;
const MASKING_KEY_BYTES = 4;
const LENGTH_ENCODINGS = { 0: '7-bit', 2: '16-bit', 8: '64-bit' } as const;

// Bytes the tap hands the decoder at a time (see tap).
const TAP_SLICE_BYTES = 4096;
// What a skipped-frame marker counts toward the budget (it is a small object, not a report).
const MARKER_BYTES = 64;

interface Report {
  /** The JSON to send (a run of skipped frames is a `Skipped` instead). */
  readonly text: string;
  /** The frame ends something `ws` reacts to: a message's last fragment, or a control frame. */
  readonly completes: boolean;
  /** Nothing can be sent after `ws` handles it: a Close frame, or a protocol error. */
  readonly terminal: boolean;
}

/** A run of frames whose reports did not fit the budget; sent as one `mirror-truncated` note. */
interface Skipped {
  readonly text: undefined;
  completes: boolean;
  readonly terminal: false;
  readonly firstIndex: number;
  frames: number;
  readonly limit: 'message' | 'connection';
}

/** How many report bytes may wait: for the message being received, and for the connection in all. */
export interface MirrorBudget {
  readonly messageBytes: number;
  readonly connectionBytes: number;
}

/** Reports frames received on one socket to `send`, in the order described above. */
export class FrameMirror {
  private readonly decoder: FrameDecoder;
  private readonly clock: Clock;
  private readonly send: (text: string) => void;
  private readonly pending: (Report | Skipped)[] = [];
  private readonly budget: MirrorBudget;
  /** Bytes of the reports in `pending`. */
  private pendingBytes = 0;
  /** Bytes of the reports queued for the data message being received (all its frames so far). */
  private messageBytes = 0;
  private streamBytes = 0;
  // The first bytes of the frame being read, captured as they pass, so the report shows them as sent.
  private frameStart = 0;
  private readonly header = new Uint8Array(MAX_HEADER_BYTES);
  private headerFilled = 0;
  private index = 0;
  private failed = false;
  /** Data frames of the message being received so far, and the most ws accepts in one message. */
  private fragments = 0;
  private readonly maxFragments: number;

  constructor(options: { readonly clock: Clock; readonly maxPayload: number; readonly budget: MirrorBudget; readonly maxFragments?: number; readonly send: (text: string) => void }) {
    this.decoder = new FrameDecoder({ role: 'server', maxPayload: options.maxPayload });
    this.maxFragments = options.maxFragments ?? 0;
    this.clock = options.clock;
    this.budget = options.budget;
    this.send = options.send;
  }

  /** Bytes of reports waiting now (for tests and the soak bench). */
  get pendingReportBytes(): number {
    return this.pendingBytes;
  }

  /** Give it every chunk just before ws reads it (the connection's guard does: protocolGuard.ts). */
  readonly tap = (chunk: Buffer): void => {
    // In slices, so a chunk full of tiny frames is not all decoded when ws is about to cut the connection
    // at LIVE_MAX_FRAGMENTS: the mirror stops within a slice of that frame.
    for (let at = 0; at < chunk.length && !this.failed; at += TAP_SLICE_BYTES) {
      this.read(at === 0 && chunk.length <= TAP_SLICE_BYTES ? chunk : chunk.subarray(at, at + TAP_SLICE_BYTES));
    }
  };

  private read(chunk: Buffer): void {
    const chunkStart = this.streamBytes;
    this.streamBytes += chunk.length;
    this.capture(chunk, chunkStart);
    const events = this.decoder.push(chunk);
    if (events.length === 0) return;
    const receivedAt = this.clock.now();
    for (const event of events) {
      if (event.kind === 'error') {
        const { code, closeCode, offset, rule, messageKey } = event.error;
        this.queue({ type: 'mirror-error', error: { code, closeCode, offset, rule, messageKey } }, true, true);
        this.failed = true;
        break;
      }
      if (!isControlOpcode(event.frame.opcode)) {
        // ws counts every data frame of a message, the last too, and fails the connection with 1008 at
        // the one past its limit: nothing from there on will be answered, so nothing is reported.
        const count = this.fragments + 1;
        if (this.maxFragments > 0 && count > this.maxFragments) {
          this.failed = true;
          break;
        }
        this.fragments = event.frame.fin ? 0 : count;
      }
      this.queueFrame(event, receivedAt);
      this.frameStart = event.offset + event.headerLength + event.frame.payload.length;
      this.headerFilled = 0;
      this.capture(chunk, chunkStart);
    }
    this.flushTerminal();
  }

  /** Call after ws has reacted to a frame (echoed a message, answered a ping, read a pong). */
  afterEvent(): void {
    while (this.pending.length > 0) {
      const report = this.pending.shift()!;
      this.emit(report);
      if (report.completes) break;
    }
    this.flushTerminal();
  }

  private flushTerminal(): void {
    while (this.pending.length > 0 && this.pending[0]!.terminal) this.emit(this.pending.shift()!);
  }

  private emit(report: Report | Skipped): void {
    if (report.text === undefined) {
      this.pendingBytes -= MARKER_BYTES;
      const { firstIndex, frames, limit } = report;
      const budget = limit === 'message' ? this.budget.messageBytes : this.budget.connectionBytes;
      this.send(JSON.stringify({ type: 'mirror-truncated', firstIndex, frames, limit, budgetBytes: budget } satisfies LabMessage));
      return;
    }
    this.pendingBytes -= report.text.length;
    this.send(report.text);
  }

  private queue(message: LabMessage, completes: boolean, terminal: boolean): void {
    const text = JSON.stringify(message);
    this.pendingBytes += text.length;
    this.pending.push({ text, completes, terminal });
  }

  /** Counts a frame whose report does not fit, in the run of skipped frames at the end of the queue. */
  private skip(index: number, completes: boolean, limit: Skipped['limit']): void {
    const last = this.pending[this.pending.length - 1];
    if (last && last.text === undefined && !last.completes && last.limit === limit) {
      last.frames += 1;
      last.completes = completes;
      return;
    }
    // Each completing frame needs its own entry, so afterEvent() stays in step with what ws answers.
    this.pendingBytes += MARKER_BYTES;
    this.pending.push({ text: undefined, completes, terminal: false, firstIndex: index, frames: 1, limit });
  }

  /** Copies the bytes of `chunk` that belong to the current frame's first 14. */
  private capture(chunk: Buffer, chunkStart: number): void {
    const from = this.frameStart + this.headerFilled;
    const to = Math.min(this.frameStart + MAX_HEADER_BYTES, chunkStart + chunk.length);
    if (to <= from || from < chunkStart) return;
    // A byte loop, not subarray + set: at most 14 bytes, and a Buffer view per frame costs more than the copy.
    const header = this.header;
    for (let at = from; at < to; at++) header[this.headerFilled++] = chunk[at - chunkStart]!;
  }

  private queueFrame(event: Extract<FrameDecoderEvent, { kind: 'frame' }>, receivedAt: number): void {
    const { frame, offset, headerLength } = event;
    const control = isControlOpcode(frame.opcode);
    const completes = control || frame.fin;
    const close = frame.opcode === OPCODE_CLOSE;
    // Checked before the report is built: past the budget a frame costs a counter, not a JSON string.
    // A Close frame is always reported (it is the last thing the mirror sends).
    if (!close) {
      const limit = this.pendingBytes >= this.budget.connectionBytes ? 'connection' : !control && this.messageBytes >= this.budget.messageBytes ? 'message' : undefined;
      if (limit) {
        this.skip(this.index++, completes, limit);
        if (!control && frame.fin) this.messageBytes = 0;
        return;
      }
    }
    const key = frame.maskingKey;
    const extended = (headerLength - FIXED_HEADER_BYTES - (key ? MASKING_KEY_BYTES : 0)) as keyof typeof LENGTH_ENCODINGS;
    const payload = frame.payload;
    const report: MirroredFrame = {
      index: this.index++,
      offset,
      receivedAt,
      fin: frame.fin,
      rsv1: frame.rsv1,
      rsv2: frame.rsv2,
      rsv3: frame.rsv3,
      opcode: frame.opcode,
      opcodeName: opcodeName(frame.opcode),
      masked: key !== undefined,
      maskingKey: key ? bytesToHex(key) : null,
      lengthEncoding: LENGTH_ENCODINGS[extended],
      payloadLength: payload.length,
      headerLength,
      headerHex: bytesToHex(this.header.subarray(0, headerLength)),
      payloadHex: bytesToHex(payload.subarray(0, MIRROR_PAYLOAD_PREVIEW)),
      ...closeDetails(frame.opcode, payload),
    };
    const before = this.pendingBytes;
    this.queue({ type: 'mirror', frame: report }, completes, close);
    if (!control) this.messageBytes = frame.fin ? 0 : this.messageBytes + (this.pendingBytes - before);
  }
}

function closeDetails(opcode: number, payload: Uint8Array): Pick<MirroredFrame, 'close'> {
  if (opcode !== OPCODE_CLOSE) return {};
  const parsed = parseClosePayload(payload);
  return parsed.ok && parsed.hasCode ? { close: { code: parsed.code, reason: parsed.reason } } : {};
}
