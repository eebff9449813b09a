import { parseHexInput } from '../ws/parseHexInput';
import { encodeUtf8, isValidCloseCode, MAX_CLOSE_REASON_BYTES, parseWebSocketUri } from '../../sim';

/**
 * What a line typed into the terminal session asks for. A line that does not
 * start with "/" is a text message; "//" sends a text that starts with "/".
 */
export type TerminalCommand =
  | { readonly kind: 'send'; readonly text: string }
  | { readonly kind: 'empty' }
  /** Connect to `url`, or to the site's own echo server when absent. */
  | { readonly kind: 'connect'; readonly url?: string }
  | { readonly kind: 'ping'; readonly text: string }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array }
  /** Close with `code` and `reason` (no code: a Close frame without a status code). */
  | { readonly kind: 'close'; readonly code?: number; readonly reason: string }
  | { readonly kind: 'hex'; readonly on: boolean }
  | { readonly kind: 'clear' }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly error: CommandError };

/** Why a command line was refused: an i18n key ("term.cmd.error." + code) and its values. */
export type CommandError =
  | { readonly code: 'unknownCommand'; readonly values: { readonly name: string } }
  | { readonly code: 'badUrl'; readonly values: { readonly url: string; readonly problem: 'scheme' | 'fragment' | 'host' | 'port' } }
  | { readonly code: 'missingHex'; readonly values: Record<string, never> }
  | { readonly code: 'badHexCharacter'; readonly values: { readonly char: string; readonly index: number } }
  | { readonly code: 'oddHexDigits'; readonly values: { readonly digits: number } }
  | { readonly code: 'badCloseCode'; readonly values: { readonly code: string } }
  | { readonly code: 'reasonWithoutCode'; readonly values: Record<string, never> }
  | { readonly code: 'reasonTooLong'; readonly values: { readonly bytes: number; readonly max: number } }
  | { readonly code: 'badHexToggle'; readonly values: { readonly value: string } };

/** The commands, for /help and for completing a name. */
export const COMMAND_NAMES = ['connect', 'ping', 'binary', 'close', 'hex', 'clear', 'help'] as const;

const invalid = (error: CommandError): TerminalCommand => ({ kind: 'invalid', error });
const CODE = /^\d+$/;

/** Reads one typed line. Never throws: a bad argument is an `invalid` command that says what is wrong. */
export function parseTerminalCommand(input: string): TerminalCommand {
  if (input.trim() === '') return { kind: 'empty' };
  if (!input.startsWith('/')) return { kind: 'send', text: input };
  if (input.startsWith('//')) return { kind: 'send', text: input.slice(1) };
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(input)!;
  const name = match[1]!.toLowerCase();
  const rest = match[2]!;
  switch (name) {
    case 'connect':
      return connect(rest.trim());
    case 'ping':
      return { kind: 'ping', text: rest };
    case 'binary':
      return binary(rest);
    case 'close':
      return close(rest);
    case 'hex':
      return hex(rest.trim().toLowerCase());
    case 'clear':
      return { kind: 'clear' };
    case 'help':
    case '?':
      return { kind: 'help' };
    default:
      return invalid({ code: 'unknownCommand', values: { name: match[1]! } });
  }
}

function connect(url: string): TerminalCommand {
  if (url === '') return { kind: 'connect' };
  const uri = parseWebSocketUri(url);
  if (!uri.ok) return invalid({ code: 'badUrl', values: { url, problem: uri.problem } });
  return { kind: 'connect', url };
}

function binary(text: string): TerminalCommand {
  if (text.trim() === '') return invalid({ code: 'missingHex', values: {} });
  const parsed = parseHexInput(text);
  if (parsed.ok) return { kind: 'binary', bytes: parsed.bytes };
  if (parsed.problem === 'bad-character') return invalid({ code: 'badHexCharacter', values: { char: parsed.char, index: parsed.index } });
  return invalid({ code: 'oddHexDigits', values: { digits: parsed.digits } });
}

// "/close", "/close 1000", "/close 1000 see you": the reason is the rest of the line, spaces and all.
function close(text: string): TerminalCommand {
  const match = /^(\S*)\s*([\s\S]*)$/.exec(text.trim())!;
  const codeText = match[1]!;
  const reason = match[2]!;
  if (codeText === '') return { kind: 'close', reason: '' };
  if (!CODE.test(codeText)) {
    // A reason needs a code before it (RFC 6455 §5.5.1): "/close bye" is most likely a missing code.
    return invalid(codeText.length > 0 && !/\d/.test(codeText) ? { code: 'reasonWithoutCode', values: {} } : { code: 'badCloseCode', values: { code: codeText } });
  }
  const code = Number(codeText);
  if (!isValidCloseCode(code)) return invalid({ code: 'badCloseCode', values: { code: codeText } });
  const bytes = encodeUtf8(reason).length;
  if (bytes > MAX_CLOSE_REASON_BYTES) return invalid({ code: 'reasonTooLong', values: { bytes, max: MAX_CLOSE_REASON_BYTES } });
  return { kind: 'close', code, reason };
}

function hex(value: string): TerminalCommand {
  if (value === 'on') return { kind: 'hex', on: true };
  if (value === 'off') return { kind: 'hex', on: false };
  return invalid({ code: 'badHexToggle', values: { value } });
}
