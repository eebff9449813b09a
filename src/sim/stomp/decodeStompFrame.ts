/** Decodes one complete STOMP frame from a buffer (the frame lab, tests); never throws. */
import type { Field } from '../timeline/types';
import { stompError, type StompError } from './stompError';
import { StompParser, type StompParserOptions } from './stompParser';
import type { StompFrame } from './types';

/** The first frame in the buffer with its annotation, or the error that stopped it. */
export type DecodeStompResult =
  | { readonly ok: true; readonly frame: StompFrame; readonly fields: Field[]; readonly offset: number; readonly length: number }
  | { readonly ok: false; readonly error: StompError };

/** Reads the first frame of `bytes` (heart-beat EOLs before it are skipped); a buffer that ends inside it is truncated. */
export function decodeStompFrame(bytes: Uint8Array, options: Omit<StompParserOptions, 'annotate'> = {}): DecodeStompResult {
  const parser = new StompParser({ ...options, annotate: true });
  for (const event of [...parser.push(bytes), ...parser.end()]) {
    if (event.kind === 'frame') return { ok: true, frame: event.frame, fields: event.fields ?? [], offset: event.offset, length: event.length };
    if (event.kind === 'error') return { ok: false, error: event.error };
  }
  // Only heart-beats (or nothing): the frame has not begun.
  return { ok: false, error: stompError('truncatedFrame', bytes.length, { state: 'collectFrame' }) };
}
