/**
 * The header lines many STOMP frames share, with the one value that changes
 * from frame to frame left open: every MESSAGE a subscription gets differs only
 * in its message id (the `message-id` and `ack` lines), every ACK a client
 * sends only in its `id`, and the SENDs of a client to one destination in
 * nothing but the body. A template counts its bytes and checks its text once;
 * each frame then adds its value and body, and keeps no lines of its own.
 */
import { escapesHeaders, type StompCommand } from '../../stomp/commands';
import { headerTextBytes } from '../../stomp/stompFrameBytes';
import type { StompHeader } from '../../stomp/types';
import { roundTripsUtf8, utf8Length } from '../../stomp/utf8Length';

/** A header line, or the name of a line whose value is the frame's own. */
export type TemplateLine = StompHeader | string;

/** Header lines with open values; see the module comment. */
export class FrameTemplate {
  /** Header values are escaped (STOMP 1.2, but not CONNECT or CONNECTED). */
  readonly escape: boolean;
  /** How many lines take the frame's value. */
  readonly slots: number;
  /** Bytes of the command line, the lines without the frame's value, the blank line and the NUL. */
  readonly fixedBytes: number;
  /** Every fixed line reads back as itself (see `StompWire.clean`). */
  readonly clean: boolean;
  /** The diagram's label, when no open line gives it. */
  readonly label: string | undefined;
  /** The label is the frame's value (an open `destination` or `receipt-id` line). */
  readonly labelIsValue: boolean;
  /** The diagram's label of every frame from this template ("MESSAGE /queue/jobs", "ACK"), unless `labelIsValue`. */
  readonly summary: string;

  constructor(readonly command: StompCommand, readonly lines: readonly TemplateLine[]) {
    const escape = escapesHeaders(command, '1.2');
    this.escape = escape;
    // Command + LF, blank line, NUL.
    let bytes = utf8Length(command) + 3;
    let slots = 0;
    let clean = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const name = typeof line === 'string' ? line : line.name;
      bytes += headerTextBytes(name, escape) + 2;
      if (typeof line === 'string') slots++;
      else {
        bytes += headerTextBytes(line.value, escape);
        clean &&= readsBack(line.value, escape, false);
      }
      clean &&= name.length > 0 && readsBack(name, escape, true);
    }
    this.slots = slots;
    this.fixedBytes = bytes;
    this.clean = clean;
    const at = labelLine(lines);
    const line = at < 0 ? undefined : lines[at]!;
    this.labelIsValue = typeof line === 'string';
    this.label = line === undefined || typeof line === 'string' ? undefined : line.value;
    this.summary = this.label === undefined ? command : `${command} ${this.label}`;
  }

  /** The frame's header lines when its open lines hold `value`. */
  linesWith(value: string): readonly StompHeader[] {
    if (this.slots === 0) return this.lines as readonly StompHeader[];
    const out: StompHeader[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      out.push(typeof line === 'string' ? { name: line, value } : line);
    }
    return out;
  }

  /** Bytes the open lines' values take when they hold `value`. */
  valueBytes(value: string): number {
    return this.slots === 0 ? 0 : this.slots * headerTextBytes(value, this.escape);
  }

  /** True when `value` in the open lines reads back as itself. */
  valueReadsBack(value: string): boolean {
    return this.slots === 0 || readsBack(value, this.escape, false);
  }
}

/** The line the diagram labels a frame by: the first `destination`, else the first `receipt-id`; -1 when none. */
function labelLine(lines: readonly TemplateLine[]): number {
  for (const name of ['destination', 'receipt-id']) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if ((typeof line === 'string' ? line : line.name) === name) return i;
    }
  }
  return -1;
}

/** A name or value a reader gives back as it was: no lone surrogate; unescaped, no EOL (nor a colon in a name). */
function readsBack(text: string, escape: boolean, isName: boolean): boolean {
  if (!roundTripsUtf8(text)) return false;
  return escape || !(isName ? /[\r\n:]/ : /[\r\n]/).test(text);
}
