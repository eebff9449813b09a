/**
 * Header escaping (STOMP 1.2 "Value Encoding"): a header cannot hold CR, LF
 * or ':' as they are, so they travel as `\r`, `\n`, `\c`, and a backslash as
 * `\\`. Any other backslash sequence is a fatal protocol error. CONNECT and
 * CONNECTED frames are not escaped (so 1.0 brokers can read them), nor is 1.0.
 */

const BACKSLASH = 0x5c;

/** Escapes a header name or value for the wire. */
export function escapeHeaderValue(value: string): string {
  let out = '';
  for (const ch of value) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\n') out += '\\n';
    else if (ch === ':') out += '\\c';
    else out += ch;
  }
  return out;
}

/** Result of unescaping: the value, or the index (in code units) of the bad escape. */
export type UnescapeResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly at: number; readonly sequence: string };

/** Reverses `escapeHeaderValue`; an undefined escape such as `\t`, or a trailing `\`, fails. */
export function unescapeHeaderValue(raw: string): UnescapeResult {
  if (!raw.includes('\\')) return { ok: true, value: raw };
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch !== BACKSLASH) { out += raw[i]; continue; }
    const next = raw[i + 1];
    if (next === '\\') out += '\\';
    else if (next === 'r') out += '\r';
    else if (next === 'n') out += '\n';
    else if (next === 'c') out += ':';
    else return { ok: false, at: i, sequence: `\\${next ?? ''}` };
    i++;
  }
  return { ok: true, value: out };
}
