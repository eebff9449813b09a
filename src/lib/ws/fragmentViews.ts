/** One text message cut into fragments, as the fragmentation demo shows it. */
import { encodeUtf8, fragmentMessage, OPCODE_TEXT } from '../../sim';
import { EXAMPLE_MASKING_KEY } from './exampleMask';
import { encodedFrameView, type FrameView } from './frameView';
import type { Sender } from './messageTransfer';

/** `text` as one text message in frames of at most `size` payload bytes, as `sender` writes them. */
export function fragmentViews(text: string, size: number, sender: Sender): FrameView[] {
  const key = sender === 'client' ? EXAMPLE_MASKING_KEY : undefined;
  return fragmentMessage(encodeUtf8(text), OPCODE_TEXT, size, () => key).map((frame) =>
    encodedFrameView({ ...frame, maskingKey: frame.maskingKey }),
  );
}
