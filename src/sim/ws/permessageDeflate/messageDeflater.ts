/**
 * The sending half of permessage-deflate (RFC 7692 §7.2.1): each message is
 * raw-DEFLATEd and sync-flushed, and the flush's empty stored block tail
 * `00 00 ff ff` is dropped. With context takeover the LZ77 window survives
 * from message to message, so a repeat compresses to a back-reference; without
 * it the compressor starts afresh each time. Pure JS (pako, a zlib port whose
 * output matches Node's zlib byte for byte), so the simulator stays deterministic.
 */
import { Deflate, Z_SYNC_FLUSH } from 'pako';

/** The empty stored block a sync flush ends with; removed before sending, appended again before inflating. */
export const DEFLATE_TAIL: Uint8Array = Uint8Array.of(0x00, 0x00, 0xff, 0xff);
/** zlib's default level, which `ws` and Chromium use. */
export const DEFAULT_DEFLATE_LEVEL = 6;
/** zlib's default memLevel (`ws` and Chromium use 8). */
const MEM_LEVEL = 8;
/** Output buffer per push: pako allocates one each call, and most messages compress into far less than its 16 KiB default. */
const CHUNK_BYTES = 1024;

/** How one end compresses what it sends. */
export interface DeflaterOptions {
  /** Keep the window across messages (no `*_no_context_takeover` for this end). */
  readonly contextTakeover: boolean;
  /** LZ77 window, 2^bits bytes; the agreed `*_max_window_bits` for this end (8 is written as 9, as zlib does). */
  readonly windowBits?: number;
  readonly level?: number;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function endsWithTail(b: Uint8Array): boolean {
  const n = b.length;
  return n >= 4 && b[n - 4] === 0 && b[n - 3] === 0 && b[n - 2] === 0xff && b[n - 1] === 0xff;
}

/** Compresses one end's outgoing messages, in order. */
export class MessageDeflater {
  private readonly options: DeflaterOptions;
  private deflate: Deflate | undefined;
  private chunks: Uint8Array[] = [];

  constructor(options: DeflaterOptions) {
    this.options = options;
  }

  /** The compressed payload for `message` (what follows the frame header, before masking). */
  compress(message: Uint8Array): Uint8Array {
    if (this.deflate === undefined || !this.options.contextTakeover) this.deflate = this.fresh();
    this.chunks = [];
    this.deflate.push(message, Z_SYNC_FLUSH);
    const out = concat(this.chunks);
    this.chunks = [];
    // §7.2.1: remove the 4-octet tail the sync flush wrote.
    return endsWithTail(out) ? out.slice(0, out.length - 4) : out;
  }

  private fresh(): Deflate {
    // zlib cannot write a raw stream with a 256-byte window; it uses 512 (a smaller window is always allowed).
    const windowBits = Math.max(9, this.options.windowBits ?? 15);
    const d = new Deflate({ raw: true, level: this.options.level ?? DEFAULT_DEFLATE_LEVEL, windowBits, memLevel: MEM_LEVEL, chunkSize: CHUNK_BYTES });
    d.onData = (chunk: Uint8Array) => { this.chunks.push(chunk); };
    return d;
  }
}
