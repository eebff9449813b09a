/**
 * One frame as the frame inspector draws it: its wire bytes, the codec's
 * annotation, the decoded frame and where its payload starts.
 */
import { encodeFrame, type Field, type FrameInput, type InspectedFrame, type LengthForm, type WsFrame } from '../../sim';

/** Everything the inspector needs about one frame. */
export interface FrameView {
  readonly bytes: Uint8Array;
  readonly fields: readonly Field[];
  readonly frame: WsFrame;
  readonly headerLength: number;
}

/** Encodes `input` with the codec and returns its view. Throws only where encodeFrame does (a length form too small). */
export function encodedFrameView(input: FrameInput, lengthForm: LengthForm = 'minimal'): FrameView {
  const encoded = encodeFrame(input, { annotate: true, lengthForm });
  const frame: WsFrame = {
    fin: input.fin ?? true,
    rsv1: !!input.rsv1,
    rsv2: !!input.rsv2,
    rsv3: !!input.rsv3,
    opcode: input.opcode,
    payload: input.payload,
    maskingKey: input.maskingKey ? Uint8Array.from(input.maskingKey) : undefined,
  };
  return { bytes: encoded.bytes, fields: encoded.fields ?? [], frame, headerLength: encoded.headerBytes };
}

/** The view of a frame `inspectWire` found in `wire`. */
export function inspectedFrameView(wire: Uint8Array, found: InspectedFrame): FrameView {
  return { bytes: wire.subarray(found.offset, found.offset + found.length), fields: found.fields, frame: found.frame, headerLength: found.headerLength };
}
