import { applyMask } from '../../sim';
import { parseHexInput } from '../ws/parseHexInput';
import type { MirrorReport } from './labMessage';

/**
 * The frame's first bytes as they crossed the wire: the header as the server
 * received it, then the (previewed) payload masked again with the frame's key
 * by the codec's own `applyMask` (RFC 6455 §5.3). Empty if the report's hex is malformed.
 */
export function mirrorWireBytes(frame: MirrorReport): Uint8Array {
  const header = parseHexInput(frame.headerHex);
  const payload = parseHexInput(frame.payloadHex);
  const key = frame.maskingKey === null ? null : parseHexInput(frame.maskingKey);
  if (!header.ok || !payload.ok || (key && !key.ok)) return new Uint8Array(0);
  const out = new Uint8Array(header.bytes.length + payload.bytes.length);
  out.set(header.bytes);
  out.set(payload.bytes, header.bytes.length);
  if (key?.ok) applyMask(out, header.bytes.length, out.length, key.bytes);
  return out;
}
