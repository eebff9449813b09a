/** A close frame with a code and a reason, as the close demo and the close lesson show it. */
import { encodeClosePayload, encodeUtf8, MAX_CLOSE_REASON_BYTES, OPCODE_CLOSE } from '../../sim';
import { CLOSE_DEMO_DEFAULT } from './closeDemoDefaults';
import { maskFor } from './exampleMask';
import { encodedFrameView, type FrameView } from './frameView';
import type { Sender } from './messageTransfer';

/** A close frame, or how far the reason is over what fits. */
export type CloseView = { readonly ok: true; readonly view: FrameView } | { readonly ok: false; readonly reasonBytes: number; readonly max: number };

/** The close frame `sender` writes for `code` and `reason` (a code that may be sent, RFC 6455 §7.4). */
export function closeView(code: number, reason: string, sender: Sender): CloseView {
  const reasonBytes = encodeUtf8(reason).length;
  if (reasonBytes > MAX_CLOSE_REASON_BYTES) return { ok: false, reasonBytes, max: MAX_CLOSE_REASON_BYTES };
  return { ok: true, view: encodedFrameView({ opcode: OPCODE_CLOSE, payload: encodeClosePayload(code, reason), ...maskFor(sender) }) };
}

/** The frame the close demo opens with (CLOSE_DEMO_DEFAULT), built by the page at build time. */
export function defaultCloseView(): CloseView {
  return closeView(CLOSE_DEMO_DEFAULT.code, CLOSE_DEMO_DEFAULT.reason, CLOSE_DEMO_DEFAULT.sender);
}
