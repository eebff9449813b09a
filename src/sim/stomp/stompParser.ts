/**
 * A streaming STOMP parser modelled on stompjs's `parser.ts`: chunks of any size
 * go in (one byte at a time works; several frames in one WebSocket message, one
 * frame split across many), complete frames, heart-beats and errors come out,
 * each with its offset in the stream. Its states are stompjs's:
 *
 *   collectFrame ──(first byte of a command)──▶ collectCommand ──EOL──▶ collectHeaders
 *        ▲  └─ EOL: a heart-beat                                     │ blank line
 *        │                                  content-length? ─────────┴──────────┐
 *        └──── NUL ◀── collectBodyNullTerminated        collectBodyFixedSize ◀──┘
 *
 * Unlike stompjs it checks what it reads (known commands, escapes, UTF-8, the
 * NUL after a counted body) and bounds what it buffers (frame size, header count,
 * line length): a broker reads untrusted bytes with it. It never throws and never
 * mutates the chunks it is given.
 */
import { decodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { isValidUtf8 } from '../ws/utf8Validator';
import { escapesHeaders, isClientCommand, isServerCommand, isStompCommand, type StompCommand } from './commands';
import { BLANK_LINE_MEANING, BODY_MEANING, EOL_MEANING, NUL_MEANING, commandMeaning, headerMeaning } from './fieldMeaning';
import { unescapeHeaderValue } from './headerEscape';
import { headerOf } from './headerOf';
import { previewBody } from './previewBody';
import { stompError, type StompError, type StompErrorReason } from './stompError';
import type { StompFrame, StompHeader, StompRole, StompVersion } from './types';
import { utf8Length } from './utf8Length';

const NUL = 0x00;
const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;

const COLLECT_FRAME = 0;
const COLLECT_COMMAND = 1;
const COLLECT_HEADERS = 2;
const COLLECT_BODY_NULL_TERMINATED = 3;
const COLLECT_BODY_FIXED_SIZE = 4;
const FAILED = 5;

const STATE_NAMES = ['collectFrame', 'collectCommand', 'collectHeaders', 'collectBodyNullTerminated', 'collectBodyFixedSize', 'failed'] as const;
/** What the parser is waiting for. */
export type StompParserState = (typeof STATE_NAMES)[number];

// Longest stretch of a bad command quoted back in an error.
const QUOTE_CHARS = 40;
const DIGITS = /^[0-9]{1,15}$/;

/** Limits and reading rules. A limit of 0 or absent means none (the simulator); a broker sets all three. */
export interface StompParserOptions {
  /** The side reading: a broker ('server') accepts only client commands, a client only broker ones. Absent: any. */
  readonly role?: StompRole;
  /** The negotiated version, which decides unescaping; 1.2 unless told (see `setVersion`). */
  readonly version?: StompVersion;
  /** Largest frame, command line to NUL inclusive, in bytes. */
  readonly maxFrameBytes?: number;
  /** Most header lines in one frame. */
  readonly maxHeaders?: number;
  /** Longest command or header line, EOL excluded, in bytes. */
  readonly maxHeaderLineBytes?: number;
  /** Build the `Field[]` annotation of each frame. */
  readonly annotate?: boolean;
}

/** What one push can yield. Offsets count from the first byte ever pushed. */
export type StompParserEvent =
  | { readonly kind: 'frame'; readonly frame: StompFrame; readonly offset: number; readonly length: number; readonly fields?: Field[] }
  | { readonly kind: 'heartbeat'; readonly offset: number; readonly length: number }
  | { readonly kind: 'error'; readonly error: StompError };

interface Line {
  readonly kind: 'command' | 'header' | 'blank';
  /** Frame-relative [start, end) of the line's text, and its EOL's length. */
  readonly start: number;
  readonly end: number;
  readonly eol: number;
  readonly header?: StompHeader;
}

/** Parses STOMP frames from a byte stream delivered in chunks. */
export class StompParser {
  private readonly options: StompParserOptions;
  private version: StompVersion;
  private st = COLLECT_FRAME;
  /** Stream offset of `chunk[0]` during a push; after it, of the next byte. */
  private base = 0;
  // A CR seen at the end of a line (or between frames), waiting for its LF.
  private sawCr = false;
  private line = new Uint8Array(64);
  private lineLength = 0;
  private lineStart = 0;
  // The frame being read.
  private frameStart = 0;
  private command: StompCommand = 'SEND';
  private headers: StompHeader[] = [];
  private lines: Line[] = [];
  private bodyParts: Uint8Array[] = [];
  private bodyLength = 0;
  private bodyStart = 0;
  private remaining = 0;

  constructor(options: StompParserOptions = {}) {
    this.options = options;
    this.version = options.version ?? '1.2';
  }

  /** The current state's name. */
  get state(): StompParserState {
    return STATE_NAMES[this.st]!;
  }

  /** Bytes of the stream read so far. */
  get offset(): number {
    return this.base;
  }

  /** Switches unescaping to the version CONNECTED negotiated (CONNECT and CONNECTED themselves are never escaped). */
  setVersion(version: StompVersion): void {
    this.version = version;
  }

  /** Feeds a chunk; returns what it completed, or an error (after which the parser ignores input). */
  push(chunk: Uint8Array): StompParserEvent[] {
    const events: StompParserEvent[] = [];
    let i = 0;
    while (i < chunk.length) {
      switch (this.st) {
        case COLLECT_FRAME: i = this.collectFrame(chunk, i, events); break;
        case COLLECT_COMMAND: i = this.collectCommand(chunk, i, events); break;
        case COLLECT_HEADERS: i = this.collectHeaders(chunk, i, events); break;
        case COLLECT_BODY_NULL_TERMINATED: i = this.collectBodyNullTerminated(chunk, i, events); break;
        case COLLECT_BODY_FIXED_SIZE: i = this.collectBodyFixedSize(chunk, i, events); break;
        default: return events;
      }
    }
    this.base += chunk.length;
    return events;
  }

  /**
   * Counts `length` bytes of the stream as one whole frame read elsewhere, without reading them: a receiver that
   * takes a sender's structured frame on a path where nothing can alter the bytes keeps the stream offsets its
   * later errors report. Only between frames; false (and nothing moves) otherwise, and the caller must push the bytes.
   */
  skipFrame(length: number): boolean {
    if (this.st !== COLLECT_FRAME || this.sawCr) return false;
    this.base += length;
    return true;
  }

  /** Signals the end of the stream: an error if it stopped inside a frame. */
  end(): StompParserEvent[] {
    if (this.st === FAILED || (this.st === COLLECT_FRAME && !this.sawCr)) return [];
    return [this.fail('truncatedFrame', this.base, { state: this.state })];
  }

  // collectFrame: EOLs before a frame are heart-beats; anything else starts the command (re-read there).
  private collectFrame(chunk: Uint8Array, i: number, events: StompParserEvent[]): number {
    const b = chunk[i]!;
    const at = this.base + i;
    if (this.sawCr) {
      this.sawCr = false;
      if (b !== LF) { events.push(this.fail('bareCr', at - 1)); return chunk.length; }
      events.push({ kind: 'heartbeat', offset: at - 1, length: 2 });
      return i + 1;
    }
    if (b === LF) { events.push({ kind: 'heartbeat', offset: at, length: 1 }); return i + 1; }
    if (b === CR) { this.sawCr = true; return i + 1; }
    if (b === NUL) { events.push(this.fail('strayNul', at)); return chunk.length; }
    this.frameStart = at;
    this.headers = [];
    this.lines = [];
    this.startLine(at);
    this.st = COLLECT_COMMAND;
    return i;
  }

  private collectCommand(chunk: Uint8Array, i: number, events: StompParserEvent[]): number {
    const next = this.collectLine(chunk, i, events);
    if (next < 0) return chunk.length;
    if (!this.lineDone) return next;
    const at = this.lineStart;
    if (!isValidUtf8(this.line, 0, this.lineLength)) { events.push(this.fail('invalidUtf8', at)); return chunk.length; }
    const text = decodeUtf8(this.line, 0, this.lineLength);
    if (!isStompCommand(text)) { events.push(this.fail('unknownCommand', at, { command: quote(text) })); return chunk.length; }
    const role = this.options.role;
    if ((role === 'server' && !isClientCommand(text)) || (role === 'client' && !isServerCommand(text))) {
      events.push(this.fail('wrongDirection', at, { command: text }));
      return chunk.length;
    }
    this.command = text;
    this.endLine('command');
    this.st = COLLECT_HEADERS;
    return next;
  }

  private collectHeaders(chunk: Uint8Array, i: number, events: StompParserEvent[]): number {
    const next = this.collectLine(chunk, i, events);
    if (next < 0) return chunk.length;
    if (!this.lineDone) return next;
    if (this.lineLength === 0) {
      this.endLine('blank');
      return this.setupCollectBody(next, events) ? next : chunk.length;
    }
    const max = this.options.maxHeaders ?? 0;
    if (max > 0 && this.headers.length >= max) { events.push(this.fail('tooManyHeaders', this.lineStart, { limit: max })); return chunk.length; }
    const header = this.readHeaderLine(events);
    if (!header) return chunk.length;
    this.headers.push(header);
    this.endLine('header', header);
    return next;
  }

  /** Splits `name:value` at the first colon, checks UTF-8 and unescapes; undefined after an error. */
  private readHeaderLine(events: StompParserEvent[]): StompHeader | undefined {
    const line = this.line;
    const at = this.lineStart;
    const colon = line.subarray(0, this.lineLength).indexOf(COLON);
    if (colon < 0) { events.push(this.fail('headerWithoutColon', at, { line: quote(decodeUtf8(line, 0, this.lineLength)) })); return undefined; }
    if (colon === 0) { events.push(this.fail('emptyHeaderName', at)); return undefined; }
    if (!isValidUtf8(line, 0, this.lineLength)) { events.push(this.fail('invalidUtf8', at)); return undefined; }
    const rawName = decodeUtf8(line, 0, colon);
    const rawValue = decodeUtf8(line, colon + 1, this.lineLength);
    if (!escapesHeaders(this.command, this.version)) return { name: rawName, value: rawValue };
    const name = unescapeHeaderValue(rawName);
    if (!name.ok) { events.push(this.fail('invalidEscape', at + utf8Length(rawName.slice(0, name.at)), { sequence: name.sequence })); return undefined; }
    const value = unescapeHeaderValue(rawValue);
    if (!value.ok) { events.push(this.fail('invalidEscape', at + colon + 1 + utf8Length(rawValue.slice(0, value.at)), { sequence: value.sequence })); return undefined; }
    return { name: name.value, value: value.value };
  }

  // After the blank line: a counted body if content-length says so (the first one counts), else up to the NUL.
  private setupCollectBody(next: number, events: StompParserEvent[]): boolean {
    this.bodyParts = [];
    this.bodyLength = 0;
    this.bodyStart = this.base + next;
    const length = headerOf(this.headers, 'content-length');
    if (length === undefined) { this.st = COLLECT_BODY_NULL_TERMINATED; return true; }
    if (!DIGITS.test(length)) { events.push(this.fail('badContentLength', this.frameStart, { value: quote(length) })); return false; }
    const count = Number(length);
    const max = this.options.maxFrameBytes ?? 0;
    if (max > 0 && this.bodyStart - this.frameStart + count + 1 > max) { events.push(this.fail('frameTooLarge', this.bodyStart, { limit: max })); return false; }
    this.remaining = count;
    this.st = COLLECT_BODY_FIXED_SIZE;
    return true;
  }

  private collectBodyNullTerminated(chunk: Uint8Array, i: number, events: StompParserEvent[]): number {
    const nul = chunk.indexOf(NUL, i);
    const end = nul < 0 ? chunk.length : nul;
    const max = this.options.maxFrameBytes ?? 0;
    // The frame so far plus its NUL must fit.
    if (max > 0 && this.base + end - this.frameStart + 1 > max) { events.push(this.fail('frameTooLarge', this.frameStart + max, { limit: max })); return chunk.length; }
    this.addBody(chunk, i, end);
    if (nul < 0) return chunk.length;
    this.finishFrame(this.base + nul, events);
    return nul + 1;
  }

  private collectBodyFixedSize(chunk: Uint8Array, i: number, events: StompParserEvent[]): number {
    const take = Math.min(this.remaining, chunk.length - i);
    this.addBody(chunk, i, i + take);
    this.remaining -= take;
    const at = i + take;
    if (this.remaining > 0 || at === chunk.length) return at;
    if (chunk[at] !== NUL) { events.push(this.fail('missingNul', this.base + at)); return chunk.length; }
    this.finishFrame(this.base + at, events);
    return at + 1;
  }

  private addBody(chunk: Uint8Array, from: number, to: number): void {
    if (to <= from) return;
    this.bodyParts.push(chunk.slice(from, to));
    this.bodyLength += to - from;
  }

  private finishFrame(nulAt: number, events: StompParserEvent[]): void {
    const body = concat(this.bodyParts, this.bodyLength);
    const frame: StompFrame = { command: this.command, headers: this.headers, body };
    const length = nulAt + 1 - this.frameStart;
    this.bodyParts = [];
    this.st = COLLECT_FRAME;
    if (!this.options.annotate) { events.push({ kind: 'frame', frame, offset: this.frameStart, length }); return; }
    events.push({ kind: 'frame', frame, offset: this.frameStart, length, fields: this.fields(body, length) });
  }

  /** The annotation, frame-relative: each line and its EOL, the body, the NUL. */
  private fields(body: Uint8Array, length: number): Field[] {
    const fields: Field[] = [];
    const seen = new Set<string>();
    for (const line of this.lines) {
      if (line.kind === 'command') fields.push({ name: 'command', start: line.start, end: line.end, value: this.command, meaning: commandMeaning(this.command) });
      else if (line.kind === 'header') {
        const h = line.header!;
        fields.push({ name: `header:${h.name}`, start: line.start, end: line.end, value: h.value, meaning: headerMeaning(h.name, seen.has(h.name)) });
        seen.add(h.name);
      }
      const eol = line.eol === 2 ? 'CR LF' : 'LF';
      fields.push(line.kind === 'blank'
        ? { name: 'blank-line', start: line.end, end: line.end + line.eol, value: eol, meaning: BLANK_LINE_MEANING }
        : { name: 'eol', start: line.end, end: line.end + line.eol, value: eol, meaning: EOL_MEANING });
    }
    const bodyStart = this.bodyStart - this.frameStart;
    if (body.length > 0) fields.push({ name: 'body', start: bodyStart, end: bodyStart + body.length, value: previewBody(body), meaning: BODY_MEANING });
    fields.push({ name: 'nul', start: length - 1, end: length, value: 'NUL', meaning: NUL_MEANING });
    return fields;
  }

  // --- lines: command and header lines end with LF or CR LF ---

  private lineDone = false;
  private lineEol = 1;

  private startLine(at: number): void {
    this.lineStart = at;
    this.lineLength = 0;
    this.lineDone = false;
    this.sawCr = false;
  }

  /** Reads line bytes from `chunk[i]`; returns where it stopped (after the EOL when `lineDone`), or -1 after an error. */
  private collectLine(chunk: Uint8Array, i: number, events: StompParserEvent[]): number {
    if (this.lineDone) this.startLine(this.base + i);
    const maxLine = this.options.maxHeaderLineBytes ?? 0;
    const maxFrame = this.options.maxFrameBytes ?? 0;
    for (let j = i; j < chunk.length; j++) {
      const b = chunk[j]!;
      const at = this.base + j;
      if (this.sawCr) {
        if (b !== LF) { events.push(this.fail('bareCr', at - 1)); return -1; }
        this.sawCr = false;
        this.lineDone = true;
        this.lineEol = 2;
        return j + 1;
      }
      if (b === LF) { this.lineDone = true; this.lineEol = 1; return j + 1; }
      if (maxFrame > 0 && at - this.frameStart + 1 >= maxFrame) { events.push(this.fail('frameTooLarge', at, { limit: maxFrame })); return -1; }
      if (b === CR) { this.sawCr = true; continue; }
      if (maxLine > 0 && this.lineLength >= maxLine) { events.push(this.fail('headerLineTooLong', at, { limit: maxLine })); return -1; }
      if (this.lineLength === this.line.length) {
        const grown = new Uint8Array(this.line.length * 2);
        grown.set(this.line);
        this.line = grown;
      }
      this.line[this.lineLength++] = b;
    }
    return chunk.length;
  }

  private endLine(kind: Line['kind'], header?: StompHeader): void {
    const start = this.lineStart - this.frameStart;
    const line: Line = { kind, start, end: start + this.lineLength, eol: this.lineEol, ...(header ? { header } : {}) };
    this.lines.push(line);
    // The next line starts right after this one's EOL.
    this.startLine(this.frameStart + line.end + line.eol);
  }

  private fail(reason: StompErrorReason, offset: number, values?: Readonly<Record<string, string | number>>): StompParserEvent {
    this.st = FAILED;
    this.bodyParts = [];
    this.headers = [];
    this.lines = [];
    this.line = new Uint8Array(0);
    return { kind: 'error', error: stompError(reason, offset, values) };
  }
}

function quote(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
