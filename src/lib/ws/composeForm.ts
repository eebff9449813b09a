/**
 * The frame lab's compose form and the values a reader first sees, apart from
 * `composeFrame` so the lab can show its form state before the encoder loads.
 */
import { OPCODE_TEXT, type LengthForm, type Opcode } from '../../sim';

/** How the payload box is read. */
export type PayloadFormat = 'text' | 'hex';

/** The compose form's values, as the reader typed them. */
export interface ComposeForm {
  readonly fin: boolean;
  readonly rsv1: boolean;
  readonly rsv2: boolean;
  readonly rsv3: boolean;
  readonly opcode: Opcode;
  readonly masked: boolean;
  /** The masking key as hex text. */
  readonly maskingKey: string;
  readonly payloadFormat: PayloadFormat;
  readonly payload: string;
  readonly lengthForm: LengthForm;
}

/** The form a reader first sees: the RFC 6455 §5.7 masked "Hello". */
export const defaultComposeForm: ComposeForm = {
  fin: true, rsv1: false, rsv2: false, rsv3: false, opcode: OPCODE_TEXT,
  masked: true, maskingKey: '37 fa 21 3d', payloadFormat: 'text', payload: 'Hello', lengthForm: 'minimal',
};

