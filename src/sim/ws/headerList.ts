/**
 * Reading header lists the way RFC 9110 §5.3 allows: a field may repeat, and
 * repeats are one comma-separated list. Names compare case-insensitively.
 */
import type { HttpHeader } from '../http/types';

/** All values of header `name` joined with ", ", or undefined when it is absent. */
export function headerValue(headers: readonly HttpHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  let value: string | undefined;
  for (const h of headers) {
    if (h.name.toLowerCase() === lower) value = value === undefined ? h.value : `${value}, ${h.value}`;
  }
  return value;
}

/** The elements of list header `name`, trimmed, empty elements dropped (RFC 9110 §5.6.1). */
export function headerTokens(headers: readonly HttpHeader[], name: string): string[] {
  const value = headerValue(headers, name);
  if (value === undefined) return [];
  return value.split(',').map((t) => t.trim()).filter((t) => t !== '');
}

/** Index of the first header named `name`, or -1. */
export function headerIndex(headers: readonly HttpHeader[], name: string): number {
  const lower = name.toLowerCase();
  return headers.findIndex((h) => h.name.toLowerCase() === lower);
}
