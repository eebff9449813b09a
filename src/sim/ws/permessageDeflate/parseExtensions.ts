/**
 * Reads a Sec-WebSocket-Extensions value (RFC 6455 §9.1) into its elements:
 * `name; param[=value]` separated by commas, values as tokens or quoted
 * strings. Never throws: a malformed list is an error value.
 */
import { pmdError, type PmdError } from './pmdError';

/** One extension element as written: its name and its parameters in order (a parameter without a value is `true`). */
export interface ExtensionElement {
  readonly name: string;
  readonly params: readonly (readonly [string, string | true])[];
}

/** The elements, or the reason the value cannot be read. */
export type ParseExtensionsResult =
  | { readonly ok: true; readonly elements: readonly ExtensionElement[] }
  | { readonly ok: false; readonly error: PmdError };

// RFC 7230 tchar.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Splits on `sep` outside quoted strings. */
function splitOutsideQuotes(s: string, sep: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted && c === '\\') { cur += c + (s[i + 1] ?? ''); i++; continue; }
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  if (quoted) return undefined;
  out.push(cur);
  return out;
}

/** Parses a header value (several header lines may be joined with ", " first). */
export function parseExtensions(value: string): ParseExtensionsResult {
  const bad = (part: string): ParseExtensionsResult => ({ ok: false, error: pmdError('malformed', { part }) });
  const elements = splitOutsideQuotes(value, ',');
  if (elements === undefined) return bad(value);
  const out: ExtensionElement[] = [];
  for (const raw of elements) {
    const parts = splitOutsideQuotes(raw, ';')!.map((p) => p.trim());
    const name = parts[0]!;
    if (!TOKEN.test(name)) return bad(raw.trim());
    const params: (readonly [string, string | true])[] = [];
    for (const p of parts.slice(1)) {
      const eq = p.indexOf('=');
      const key = (eq === -1 ? p : p.slice(0, eq)).trim();
      if (!TOKEN.test(key)) return bad(p);
      if (eq === -1) { params.push([key, true]); continue; }
      let v = p.slice(eq + 1).trim();
      if (v.startsWith('"')) {
        if (v.length < 2 || !v.endsWith('"')) return bad(p);
        v = v.slice(1, -1).replace(/\\(.)/g, '$1');
      }
      // §9.1: a quoted value must still be a token once unquoted.
      if (!TOKEN.test(v)) return bad(p);
      params.push([key, v]);
    }
    out.push({ name, params });
  }
  return { ok: true, elements: out };
}
