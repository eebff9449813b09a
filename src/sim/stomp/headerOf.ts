/** Header look-up with STOMP's repeated-header rule. */
import type { StompHeader } from './types';

/** The value of the first header named `name` ("Repeated Header Entries": only the first one counts), or undefined. */
export function headerOf(headers: readonly StompHeader[], name: string): string | undefined {
  for (const h of headers) if (h.name === name) return h.value;
  return undefined;
}
