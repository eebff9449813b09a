/** The masking key the example frames use (apart from exampleFrames.ts so the close and fragment demos need not load the gallery). */
import type { Sender } from './messageTransfer';

/** The masking key of every masked example in RFC 6455 §5.7. */
export const EXAMPLE_MASKING_KEY: readonly number[] = [0x37, 0xfa, 0x21, 0x3d];

/** The masking options of a frame `sender` writes: the RFC's key for a client, none for a server. */
export function maskFor(sender: Sender): { maskingKey?: readonly number[] } {
  return sender === 'client' ? { maskingKey: EXAMPLE_MASKING_KEY } : {};
}
