/**
 * The frames the lesson pages show: a gallery of single frames (RFC 6455 §5.7's
 * payloads, each length form), one message cut into fragments, and a close
 * frame with a code and a reason — each as a client (masked) or a server sends it.
 */
import {
  encodeClosePayload, encodeUtf8, fragmentMessage, MAX_16BIT_LENGTH, MAX_7BIT_LENGTH, MAX_CLOSE_REASON_BYTES,
  OPCODE_BINARY, OPCODE_CLOSE, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT, type FrameInput,
} from '../../sim';
import { encodedFrameView, type FrameView } from './frameView';
import type { Sender } from './messageTransfer';

/** The masking key of every masked example in RFC 6455 §5.7. */
export const EXAMPLE_MASKING_KEY: readonly number[] = [0x37, 0xfa, 0x21, 0x3d];

const HELLO = encodeUtf8('Hello');
const countingBytes = (length: number) => Uint8Array.from({ length }, (_, i) => i & 0xff);

/** Single frames to pick from; their length forms are the shortest that fit. */
export const GALLERY = {
  text: { opcode: OPCODE_TEXT, payload: HELLO },
  binary16: { opcode: OPCODE_BINARY, payload: countingBytes(MAX_7BIT_LENGTH + 1) },
  binary64: { opcode: OPCODE_BINARY, payload: countingBytes(MAX_16BIT_LENGTH + 1) },
  ping: { opcode: OPCODE_PING, payload: HELLO },
  pong: { opcode: OPCODE_PONG, payload: HELLO },
} as const satisfies Record<string, FrameInput>;

export type GalleryId = keyof typeof GALLERY;
export const GALLERY_IDS = Object.keys(GALLERY) as GalleryId[];

const maskFor = (sender: Sender) => (sender === 'client' ? { maskingKey: EXAMPLE_MASKING_KEY } : {});

/** A gallery frame as `sender` writes it. */
export function galleryView(id: GalleryId, sender: Sender): FrameView {
  return encodedFrameView({ ...GALLERY[id], ...maskFor(sender) });
}

/** `text` as one text message in frames of at most `size` payload bytes, as `sender` writes them. */
export function fragmentViews(text: string, size: number, sender: Sender): FrameView[] {
  const key = sender === 'client' ? EXAMPLE_MASKING_KEY : undefined;
  return fragmentMessage(encodeUtf8(text), OPCODE_TEXT, size, () => key).map((frame) =>
    encodedFrameView({ ...frame, maskingKey: frame.maskingKey }),
  );
}

/** A close frame, or how far the reason is over what fits. */
export type CloseView = { readonly ok: true; readonly view: FrameView } | { readonly ok: false; readonly reasonBytes: number; readonly max: number };

/** The close frame `sender` writes for `code` and `reason` (a code that may be sent, RFC 6455 §7.4). */
export function closeView(code: number, reason: string, sender: Sender): CloseView {
  const reasonBytes = encodeUtf8(reason).length;
  if (reasonBytes > MAX_CLOSE_REASON_BYTES) return { ok: false, reasonBytes, max: MAX_CLOSE_REASON_BYTES };
  return { ok: true, view: encodedFrameView({ opcode: OPCODE_CLOSE, payload: encodeClosePayload(code, reason), ...maskFor(sender) }) };
}
