/**
 * What permessage-deflate makes of the server's messages on one connection: the browser inflates them and hides
 * the frames, so the panel compresses every message the server sent, in order, with the project's deflater under
 * the agreement the socket reports (`WebSocket.extensions`), the way the live server's `ws` does.
 */
import { acceptDeflateResponse, deflaterFor, encodeUtf8, type DeflateAgreement, type MessageDeflater } from '../../sim';

// ws's default: without context takeover it leaves messages under 1 KiB uncompressed (lib/sender.js, `threshold`).
const WS_THRESHOLD_BYTES = 1024;

/** The agreement `extensions` (the 101's Sec-WebSocket-Extensions, as `WebSocket.extensions` gives it) describes, if any. */
export function deflateAgreementOf(extensions: string): DeflateAgreement | undefined {
  if (extensions.trim() === '') return undefined;
  const read = acceptDeflateResponse(extensions);
  return read.ok ? read.agreement : undefined;
}

/** Compresses one connection's server messages in arrival order, keeping the window as the server's does. */
export class DeflatedSizes {
  private readonly deflater: MessageDeflater;
  private readonly takeover: boolean;

  constructor(agreement: DeflateAgreement) {
    this.deflater = deflaterFor(agreement, 'server');
    this.takeover = !agreement.serverNoContextTakeover;
  }

  /** The payload bytes the server's frame carried for `message` (every text or binary message must pass here, in order). */
  payloadBytes(message: string | Uint8Array): number {
    const bytes = typeof message === 'string' ? encodeUtf8(message) : message;
    if (!this.takeover && bytes.length < WS_THRESHOLD_BYTES) return bytes.length;
    return this.deflater.compress(bytes).length;
  }
}
