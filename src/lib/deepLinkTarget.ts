/**
 * Which widget a deep link points at: each widget that keeps a position in the hash lists its keys
 * (`data-hash-keys="step t"`, `"sockjs.step sockjs.t"`, `"fragment"`); the first one whose key the
 * hash carries is the one to scroll to. -1 when the hash names none (no scrolling at all).
 */
export function deepLinkTarget(hash: string, owners: readonly string[]): number {
  const present = new Set((hash.startsWith('#') ? hash.slice(1) : hash).split('&').map((part) => part.split('=')[0]));
  return owners.findIndex((keys) => keys.split(' ').some((key) => key !== '' && present.has(key)));
}
