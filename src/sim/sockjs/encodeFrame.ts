/**
 * Writes one SockJS server frame (sockjs-protocol 0.3, "Framing"): `o`, `h`,
 * `a["msg",…]`, `m"msg"` or `c[code,"reason"]`; on HTTP transports a "\n"
 * follows each frame. Never throws.
 */
import { encodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { frameFields } from './frameFields';
import type { SockJsFrame } from './frameTypes';
import { quoteMessage } from './quoteMessage';

/** Options for `encodeSockJsFrame`. */
export interface EncodeSockJsOptions {
  /** Add the "\n" HTTP transports (xhr, xhr_streaming, eventsource framing aside) end frames with. */
  readonly newline?: boolean;
  readonly annotate?: boolean;
}

/** An encoded frame: its text, bytes and (if asked) fields that tile them. */
export interface EncodedSockJsFrame {
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly fields?: Field[];
}

/** The frame's text without the newline. */
export function sockJsFrameText(frame: SockJsFrame): string {
  switch (frame.type) {
    case 'open': return 'o';
    case 'heartbeat': return 'h';
    // One message, the usual frame: no array of quoted strings to join.
    case 'array': return frame.messages.length === 1 ? `a[${quoteMessage(frame.messages[0]!)}]` : `a[${frame.messages.map((m) => quoteMessage(m)).join(',')}]`;
    case 'message': return `m${quoteMessage(frame.message)}`;
    case 'close': return `c${JSON.stringify([frame.code, frame.reason])}`;
  }
}

/** Encodes `frame`. */
export function encodeSockJsFrame(frame: SockJsFrame, options: EncodeSockJsOptions = {}): EncodedSockJsFrame {
  const text = sockJsFrameText(frame) + (options.newline ? '\n' : '');
  const bytes = encodeUtf8(text);
  return options.annotate ? { text, bytes, fields: frameFields(bytes, !!options.newline) } : { text, bytes };
}
