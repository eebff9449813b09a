/**
 * What each command must carry (STOMP 1.2 "Client Frames", "Server Frames"):
 * the checks a broker makes after the parser has read a well-formed frame.
 */
import type { StompCommand } from './commands';
import { frameView } from './frameView';
import { parseHeartBeat } from './negotiate';
import { stompError, type StompError } from './stompError';
import type { StompFrame, StompFrameView, StompVersion } from './types';

/** The `ack` modes of SUBSCRIBE. */
export const ACK_MODES = ['auto', 'client', 'client-individual'] as const;
export type AckMode = (typeof ACK_MODES)[number];

/** Headers each command requires in 1.2; ACK and NACK name the message by `id` (1.1 used `message-id` + `subscription`). */
const REQUIRED_12: Readonly<Record<StompCommand, readonly string[]>> = {
  CONNECT: ['accept-version', 'host'],
  STOMP: ['accept-version', 'host'],
  CONNECTED: ['version'],
  SEND: ['destination'],
  SUBSCRIBE: ['destination', 'id'],
  UNSUBSCRIBE: ['id'],
  ACK: ['id'],
  NACK: ['id'],
  BEGIN: ['transaction'],
  COMMIT: ['transaction'],
  ABORT: ['transaction'],
  DISCONNECT: [],
  MESSAGE: ['destination', 'message-id', 'subscription'],
  RECEIPT: ['receipt-id'],
  ERROR: [],
};

/** Headers `command` must carry in `version`. */
export function requiredHeaders(command: StompCommand, version: StompVersion): readonly string[] {
  if (version === '1.2') return required12(command);
  if (command === 'ACK' || command === 'NACK') return version === '1.1' ? ['message-id', 'subscription'] : ['message-id'];
  if (command === 'CONNECT' || command === 'STOMP') return [];
  if (command === 'SUBSCRIBE') return version === '1.1' ? ['destination', 'id'] : ['destination'];
  if (command === 'MESSAGE') return version === '1.1' ? REQUIRED_12.MESSAGE : ['destination', 'message-id'];
  return required12(command);
}

/**
 * `REQUIRED_12[command]` through a switch: a broker checks every frame it reads, and a keyed load by a command
 * that varies from frame to frame went through V8's generic (megamorphic) path each time.
 */
function required12(command: StompCommand): readonly string[] {
  switch (command) {
    case 'SEND': return REQUIRED_12.SEND;
    case 'ACK': return REQUIRED_12.ACK;
    case 'NACK': return REQUIRED_12.NACK;
    case 'MESSAGE': return REQUIRED_12.MESSAGE;
    case 'SUBSCRIBE': return REQUIRED_12.SUBSCRIBE;
    case 'UNSUBSCRIBE': return REQUIRED_12.UNSUBSCRIBE;
    case 'RECEIPT': return REQUIRED_12.RECEIPT;
    case 'CONNECT': return REQUIRED_12.CONNECT;
    case 'STOMP': return REQUIRED_12.STOMP;
    case 'CONNECTED': return REQUIRED_12.CONNECTED;
    case 'DISCONNECT': return REQUIRED_12.DISCONNECT;
    default: return REQUIRED_12[command];
  }
}

/** The first missing or invalid header of `frame`, or undefined when it is complete (offset: the frame's start). */
export function checkFrameHeaders(frame: StompFrame, version: StompVersion): StompError | undefined {
  return checkFrameLines(frameView(frame), version);
}

/** `checkFrameHeaders` for a frame read through a header look-up. */
export function checkFrameLines(frame: StompFrameView, version: StompVersion): StompError | undefined {
  const required = requiredHeaders(frame.command, version);
  for (let i = 0; i < required.length; i++) {
    const name = required[i]!;
    if (frame.header(name) === undefined) return stompError('missingHeader', 0, { command: frame.command, header: name });
  }
  if (frame.command === 'SUBSCRIBE') {
    const ack = frame.header('ack');
    if (ack !== undefined && !(ACK_MODES as readonly string[]).includes(ack)) return stompError('invalidHeader', 0, { command: frame.command, header: 'ack', value: ack });
  }
  if (frame.command === 'CONNECT' || frame.command === 'STOMP' || frame.command === 'CONNECTED') {
    const beat = frame.header('heart-beat');
    if (parseHeartBeat(beat) === undefined) return stompError('invalidHeader', 0, { command: frame.command, header: 'heart-beat', value: beat ?? '' });
  }
  return undefined;
}
