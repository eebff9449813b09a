/**
 * JSON-quotes a message the way SockJS servers do: JSON.stringify, then the
 * characters some browsers and proxies mangle on the wire (control
 * characters, UTF-16 surrogates, zero-width and line/paragraph separators,
 * U+FFF0–U+FFFF) written as \uXXXX escapes, so the frame is plain ASCII there.
 */

// sockjs-protocol: "the server must escape" these ranges in messages it frames.
const ESCAPED = /[\x00-\x1f\ud800-\udfff\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufff0-\uffff]/g;

const escape = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** `message` as a JSON string literal with SockJS's extra escapes. */
export function quoteMessage(message: string): string {
  return JSON.stringify(message).replace(ESCAPED, escape);
}
