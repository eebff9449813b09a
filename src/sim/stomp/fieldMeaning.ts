/** The i18n keys ("stompfield.*") that explain each part of a STOMP frame. */
import type { StompCommand } from './commands';

/** Headers the spec gives a meaning; any other is an application header. */
export const KNOWN_HEADERS = [
  'accept-version', 'host', 'login', 'passcode', 'heart-beat', 'version', 'session', 'server',
  'destination', 'id', 'ack', 'subscription', 'message-id', 'receipt', 'receipt-id',
  'content-type', 'content-length', 'message', 'transaction',
] as const;

// Pure: a page that reaches the sim through its index but never reads STOMP keeps none of this module.
const KNOWN: ReadonlySet<string> = /*#__PURE__*/ new Set(KNOWN_HEADERS);

/** Meaning of the command line. */
export function commandMeaning(command: StompCommand): string {
  return `stompfield.command.${command}`;
}

/** Meaning of a header line; a repeat is explained as ignored (the first one wins). */
export function headerMeaning(name: string, repeated: boolean): string {
  if (repeated) return 'stompfield.header.repeated';
  return KNOWN.has(name) ? `stompfield.header.${name}` : 'stompfield.header.custom';
}

export const EOL_MEANING = 'stompfield.eol';
export const BLANK_LINE_MEANING = 'stompfield.blankLine';
export const BODY_MEANING = 'stompfield.body';
export const NUL_MEANING = 'stompfield.nul';
export const HEARTBEAT_MEANING = 'stompfield.heartbeat';
