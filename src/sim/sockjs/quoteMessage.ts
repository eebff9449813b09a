/**
 * JSON-quotes a message the way SockJS does: JSON.stringify, then characters
 * that browsers and proxies are known to mangle written as \uXXXX escapes.
 * The two sides escape different sets: sockjs-node escapes control
 * characters, UTF-16 surrogates, zero-width and line/paragraph separators and
 * U+FFF0–U+FFFF; sockjs-client escapes control characters, surrogates and
 * U+FFF0–U+FFFF too, plus a long list of combining marks and compatibility
 * characters that we leave as they are (the JSON means the same either way).
 */

const SERVER_ESCAPED = /[\x00-\x1f\ud800-\udfff\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufff0-\uffff]/g;
const CLIENT_ESCAPED = /[\x00-\x1f\ud800-\udfff\ufff0-\uffff]/g;

const escape = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

// JSON.stringify escapes U+0000–U+001F and adds only ASCII, so the other ranges are all that can match,
// and only if the message has them: the lowest code unit each side escapes there. A message with none at
// or above it needs no regex pass (the usual case; scanning the message is cheaper than its literal).
const SERVER_LOWEST = 0x200c;
const CLIENT_LOWEST = 0xd800;

/** `message` as a JSON string literal with the escapes of the sending side (default: the server's). */
export function quoteMessage(message: string, side: 'server' | 'client' = 'server'): string {
  const lowest = side === 'server' ? SERVER_LOWEST : CLIENT_LOWEST;
  for (let i = 0; i < message.length; i++) {
    if (message.charCodeAt(i) >= lowest) return JSON.stringify(message).replace(side === 'server' ? SERVER_ESCAPED : CLIENT_ESCAPED, escape);
  }
  return JSON.stringify(message);
}
