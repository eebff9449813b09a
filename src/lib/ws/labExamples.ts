/**
 * Frames the frame lab loads in one click: the examples of RFC 6455 §5.7 and a
 * few frames that break one rule each. Built with the codec (a test checks the
 * RFC ones against the RFC's own hex), each with the side that reads it.
 */
import {
  CLOSE_NO_STATUS, encodeFrame, encodeUtf8, MAX_CONTROL_PAYLOAD, OPCODE_BINARY, OPCODE_CONTINUATION, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT,
  OPCODE_CLOSE, type FrameInput, type Role,
} from '../../sim';

/** One example: its bytes, who reads them, and whether it is a good frame. */
export interface LabExample {
  /** Also names its title, "wsui.example." + id. */
  readonly id: string;
  readonly group: 'rfc' | 'malformed';
  readonly role: Role;
  readonly bytes: Uint8Array;
}

// RFC 6455 §5.7 uses this key and payload in every masked example.
const RFC_KEY = [0x37, 0xfa, 0x21, 0x3d];
const HELLO = encodeUtf8('Hello');
/** A byte that can never appear in UTF-8 (RFC 3629 §1). */
const NEVER_UTF8 = 0xff;
/** How many payload bytes of the long frame arrive in the truncated example. */
const ARRIVED = 5;

const frame = (input: FrameInput) => encodeFrame(input).bytes;
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};
const long = frame({ opcode: OPCODE_BINARY, payload: new Uint8Array(MAX_CONTROL_PAYLOAD + 1) });

export const labExamples: readonly LabExample[] = [
  { id: 'helloUnmasked', group: 'rfc', role: 'client', bytes: frame({ opcode: OPCODE_TEXT, payload: HELLO }) },
  { id: 'helloMasked', group: 'rfc', role: 'server', bytes: frame({ opcode: OPCODE_TEXT, payload: HELLO, maskingKey: RFC_KEY }) },
  {
    id: 'fragmented', group: 'rfc', role: 'client',
    bytes: join(frame({ opcode: OPCODE_TEXT, fin: false, payload: HELLO.subarray(0, 3) }), frame({ opcode: OPCODE_CONTINUATION, payload: HELLO.subarray(3) })),
  },
  { id: 'ping', group: 'rfc', role: 'client', bytes: frame({ opcode: OPCODE_PING, payload: HELLO }) },
  { id: 'pongMasked', group: 'rfc', role: 'server', bytes: frame({ opcode: OPCODE_PONG, payload: HELLO, maskingKey: RFC_KEY }) },
  { id: 'binary256', group: 'rfc', role: 'client', bytes: frame({ opcode: OPCODE_BINARY, payload: Uint8Array.from({ length: 256 }, (_, i) => i) }) },

  { id: 'unmaskedFromClient', group: 'malformed', role: 'server', bytes: frame({ opcode: OPCODE_TEXT, payload: HELLO }) },
  { id: 'maskedFromServer', group: 'malformed', role: 'client', bytes: frame({ opcode: OPCODE_TEXT, payload: HELLO, maskingKey: RFC_KEY }) },
  { id: 'reservedOpcode', group: 'malformed', role: 'client', bytes: frame({ opcode: 0x3, payload: HELLO }) },
  { id: 'rsv1', group: 'malformed', role: 'client', bytes: frame({ opcode: OPCODE_TEXT, rsv1: true, payload: HELLO }) },
  { id: 'longPing', group: 'malformed', role: 'client', bytes: frame({ opcode: OPCODE_PING, payload: new Uint8Array(MAX_CONTROL_PAYLOAD + 1) }) },
  { id: 'fragmentedPing', group: 'malformed', role: 'client', bytes: frame({ opcode: OPCODE_PING, fin: false, payload: HELLO }) },
  { id: 'badUtf8', group: 'malformed', role: 'client', bytes: frame({ opcode: OPCODE_TEXT, payload: Uint8Array.of(...HELLO.subarray(0, 2), NEVER_UTF8) }) },
  { id: 'closeNoStatus', group: 'malformed', role: 'client', bytes: frame({ opcode: OPCODE_CLOSE, payload: Uint8Array.of(CLOSE_NO_STATUS >> 8, CLOSE_NO_STATUS & 0xff) }) },
  { id: 'truncated', group: 'malformed', role: 'client', bytes: long.subarray(0, long.length - (MAX_CONTROL_PAYLOAD + 1) + ARRIVED) },
];

/** The example with this id. */
export function findLabExample(id: string): LabExample | undefined {
  return labExamples.find((e) => e.id === id);
}
