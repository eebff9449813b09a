/** The STOMP codec's shared shapes: a frame as the STOMP 1.2 spec draws it. */
import type { StompCommand } from './commands';

/** The protocol versions a client may offer in `accept-version`. */
export type StompVersion = '1.0' | '1.1' | '1.2';

/** One header line, already unescaped. Repeats are kept in order; the first one is the one that counts. */
export interface StompHeader {
  readonly name: string;
  readonly value: string;
}

/** One frame: a command, its headers in wire order, a body of raw octets. */
export interface StompFrame {
  readonly command: StompCommand;
  readonly headers: readonly StompHeader[];
  readonly body: Uint8Array;
}

/** A frame's command and a look-up of its header lines (the first line of a name counts): what a receiver acts on. */
export interface StompFrameView {
  readonly command: StompCommand;
  header(name: string): string | undefined;
}

/** How lines end: LF, or CR LF (allowed since STOMP 1.2). */
export type StompEol = 'lf' | 'crlf';

/** Which end is reading: a broker reads client frames, a client reads broker frames. */
export type StompRole = 'client' | 'server';
