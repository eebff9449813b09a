/** The name of a header line's field ("header:Host", "trailer:Expires"), one string per header name. */

const headerFields = new Map<string, string>();
const trailerFields = new Map<string, string>();
// Names come from messages; a bound keeps a stream of made-up names from growing the cache.
const MAX_CACHED_NAMES = 256;

/** `prefix + name`, the same string each time for the same name (a run writes and reads the same few thousands of times). */
export function fieldName(prefix: 'header:' | 'trailer:', name: string): string {
  const names = prefix === 'header:' ? headerFields : trailerFields;
  let field = names.get(name);
  if (field === undefined) {
    field = prefix + name;
    if (names.size < MAX_CACHED_NAMES) names.set(name, field);
  }
  return field;
}
