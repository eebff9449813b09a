/**
 * The frame lab's link: `/frame-lab?hex=818548…&role=server`. Reading never
 * throws; an unknown role is ignored, and the hex text is kept as the reader
 * typed it (even when it is not valid hex) so a shared link loses nothing.
 */
import type { Role } from '../../sim';

/** What a lab link carries. */
export interface LabQuery {
  readonly hex?: string;
  readonly role?: Role;
}

/** Longest hex text a link may carry; longer is cut (a 64 KiB frame is still well under this). */
export const MAX_QUERY_HEX = 300_000;

/** Reads `?hex=` and `?role=`. */
export function readLabQuery(search: URLSearchParams): LabQuery {
  const hex = search.get('hex');
  const role = search.get('role');
  return {
    ...(hex === null ? {} : { hex: hex.slice(0, MAX_QUERY_HEX) }),
    ...(role === 'client' || role === 'server' ? { role } : {}),
  };
}

/** Writes the query for `hex` and `role` ("" for an empty lab), keeping other parameters of `search`. */
export function writeLabQuery(search: URLSearchParams, hex: string, role: Role): string {
  const next = new URLSearchParams(search);
  if (hex.trim() === '') next.delete('hex');
  else next.set('hex', hex);
  next.set('role', role);
  const query = next.toString();
  return query === '' ? '' : `?${query}`;
}
