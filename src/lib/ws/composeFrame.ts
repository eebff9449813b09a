/**
 * The frame lab's "compose" form turned into a frame. The form may ask for
 * frames a peer must reject (reserved opcodes, RSV bits, a long ping): the codec
 * writes them and the decoder explains them. Only what cannot be written at all
 * is refused here, with the reason.
 */
import {
  encodeUtf8, MASKING_KEY_BYTES, MAX_16BIT_LENGTH, MAX_7BIT_LENGTH, type LengthForm,
} from '../../sim';
import { encodedFrameView, type FrameView } from './frameView';
import { parseHexInput, type HexInput } from './parseHexInput';

export { defaultComposeForm, type ComposeForm, type PayloadFormat } from './composeForm';
import type { ComposeForm } from './composeForm';

/** The composed frame, or why it cannot be written. */
export type ComposeResult =
  | { readonly ok: true; readonly view: FrameView }
  | { readonly ok: false; readonly problem: 'masking-key'; readonly input: HexInput; readonly need: number }
  | { readonly ok: false; readonly problem: 'payload-hex'; readonly input: Exclude<HexInput, { ok: true }> }
  | { readonly ok: false; readonly problem: 'length-form'; readonly length: number; readonly form: LengthForm; readonly max: number };

const FORM_MAX: Partial<Record<LengthForm, number>> = { '7-bit': MAX_7BIT_LENGTH, '16-bit': MAX_16BIT_LENGTH };

/** Builds the frame the form describes. Never throws. */
export function composeFrame(form: ComposeForm): ComposeResult {
  let maskingKey: Uint8Array | undefined;
  if (form.masked) {
    const key = parseHexInput(form.maskingKey);
    if (!key.ok || key.bytes.length !== MASKING_KEY_BYTES) return { ok: false, problem: 'masking-key', input: key, need: MASKING_KEY_BYTES };
    maskingKey = key.bytes;
  }
  let payload: Uint8Array;
  if (form.payloadFormat === 'hex') {
    const parsed = parseHexInput(form.payload);
    if (!parsed.ok) return { ok: false, problem: 'payload-hex', input: parsed };
    payload = parsed.bytes;
  } else payload = encodeUtf8(form.payload);
  const max = FORM_MAX[form.lengthForm];
  if (max !== undefined && payload.length > max) return { ok: false, problem: 'length-form', length: payload.length, form: form.lengthForm, max };
  const { fin, rsv1, rsv2, rsv3, opcode } = form;
  return { ok: true, view: encodedFrameView({ fin, rsv1, rsv2, rsv3, opcode, payload, ...(maskingKey ? { maskingKey } : {}) }, form.lengthForm) };
}
