/**
 * STOMP 1.2's commands, as the table the spec's "Client Frames" and
 * "Server Frames" sections draw: who may send each one.
 */

/** Frames a client sends (STOMP is CONNECT's 1.2 alias, so a broker can tell STOMP from HTTP). */
export const CLIENT_COMMANDS = ['CONNECT', 'STOMP', 'SEND', 'SUBSCRIBE', 'UNSUBSCRIBE', 'ACK', 'NACK', 'BEGIN', 'COMMIT', 'ABORT', 'DISCONNECT'] as const;
/** Frames a broker sends. */
export const SERVER_COMMANDS = ['CONNECTED', 'MESSAGE', 'RECEIPT', 'ERROR'] as const;

export type ClientCommand = (typeof CLIENT_COMMANDS)[number];
export type ServerCommand = (typeof SERVER_COMMANDS)[number];
export type StompCommand = ClientCommand | ServerCommand;

const CLIENT: ReadonlySet<string> = /*#__PURE__*/ new Set(CLIENT_COMMANDS);
const SERVER: ReadonlySet<string> = /*#__PURE__*/ new Set(SERVER_COMMANDS);

/** True for one of the fifteen commands STOMP 1.2 defines. */
export function isStompCommand(command: string): command is StompCommand {
  return CLIENT.has(command) || SERVER.has(command);
}

/** True for a command a client sends. */
export function isClientCommand(command: string): command is ClientCommand {
  return CLIENT.has(command);
}

/** True for a command a broker sends. */
export function isServerCommand(command: string): command is ServerCommand {
  return SERVER.has(command);
}

/** True when header values of `command` are escaped in `version` (never in CONNECT/CONNECTED, never in 1.0). */
export function escapesHeaders(command: string, version: string): boolean {
  return version !== '1.0' && command !== 'CONNECT' && command !== 'CONNECTED';
}
