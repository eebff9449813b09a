/**
 * The frames the lesson pages show: a gallery of single frames (RFC 6455 §5.7's
 * payloads, each length form), as a client (masked) or a server sends them. One
 * message cut into fragments is in fragmentViews.ts, a close frame in closeView.ts
 * (apart, so a page loads only the codec parts its widget draws).
 */
import { encodeUtf8, MAX_16BIT_LENGTH, MAX_7BIT_LENGTH, OPCODE_BINARY, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT, type FrameInput } from '../../sim';
import { encodedFrameView, type FrameView } from './frameView';
import type { Sender } from './messageTransfer';
import { EXAMPLE_MASKING_KEY, maskFor } from './exampleMask';
import { GALLERY_IDS, type GalleryId } from './galleryIds';

export { EXAMPLE_MASKING_KEY, GALLERY_IDS, type GalleryId };

const HELLO = encodeUtf8('Hello');
const countingBytes = (length: number) => Uint8Array.from({ length }, (_, i) => i & 0xff);

/** Single frames to pick from; their length forms are the shortest that fit. */
export const GALLERY = {
  text: { opcode: OPCODE_TEXT, payload: HELLO },
  binary16: { opcode: OPCODE_BINARY, payload: countingBytes(MAX_7BIT_LENGTH + 1) },
  binary64: { opcode: OPCODE_BINARY, payload: countingBytes(MAX_16BIT_LENGTH + 1) },
  ping: { opcode: OPCODE_PING, payload: HELLO },
  pong: { opcode: OPCODE_PONG, payload: HELLO },
} as const satisfies Record<GalleryId, FrameInput>;

/** A gallery frame as `sender` writes it. */
export function galleryView(id: GalleryId, sender: Sender): FrameView {
  return encodedFrameView({ ...GALLERY[id], ...maskFor(sender) });
}

/** What the gallery opens with, built at build time: its first frame as a client sends it, and each example's payload size for the picker. */
export function galleryProps(initial: GalleryId = 'text'): { initial: GalleryId; initialView: FrameView; payloadBytes: Record<GalleryId, number> } {
  const payloadBytes = Object.fromEntries(GALLERY_IDS.map((id) => [id, GALLERY[id].payload.length])) as Record<GalleryId, number>;
  return { initial, initialView: galleryView(initial, 'client'), payloadBytes };
}
