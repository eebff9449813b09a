/**
 * The frame lab's link: `/frame-lab#hex=818548…&role=server&frame=2` (the frame shown, 1-based, when the bytes
 * hold several; absent for the first). The state lives in
 * the URL fragment, which the browser never sends to a server: a link for a
 * 64 KiB frame (128 K hex characters) would otherwise be a request head far past
 * what servers accept (ours answers 431 above ~16 KB). Old links that carry
 * `?hex=&role=` in the query are still read. Reading never throws; an unknown
 * role is ignored, and the hex text is kept as the reader typed it (even when
 * it is not valid hex) so a shared link loses nothing.
 */
import type { Role } from '../../sim';

/** What a lab link carries. */
export interface LabQuery {
  readonly hex?: string;
  readonly role?: Role;
  /** The frame shown, 1-based as on screen (the inspector clamps it to the frames there are). */
  readonly frame?: number;
}

/** Longest hex text a link may carry; longer is cut (a 64 KiB frame is still well under this). */
export const MAX_QUERY_HEX = 300_000;

const HEX_KEY = 'hex';
const ROLE_KEY = 'role';
const FRAME_KEY = 'frame';
// Digits only, as for #step=: "-1", "2.5" and "1e3" are ignored.
const FRAME_PATTERN = /^\d{1,9}$/;

function fragmentParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

function readParams(params: URLSearchParams): LabQuery {
  const hex = params.get(HEX_KEY);
  const role = params.get(ROLE_KEY);
  const frame = params.get(FRAME_KEY) ?? '';
  return {
    ...(hex === null ? {} : { hex: hex.slice(0, MAX_QUERY_HEX) }),
    ...(role === 'client' || role === 'server' ? { role } : {}),
    ...(FRAME_PATTERN.test(frame) ? { frame: Math.max(1, Number(frame)) } : {}),
  };
}

/** Reads `?hex=` and `?role=` (the old form of the link). */
export function readLabQuery(search: URLSearchParams): LabQuery {
  return readParams(search);
}

/** Reads the link: `#hex=&role=` from the fragment, each one falling back to the old `?hex=&role=` query. */
export function readLabLink(search: URLSearchParams, hash: string): LabQuery {
  return { ...readParams(search), ...readParams(fragmentParams(hash)) };
}

/** Whether the query still carries the old form of the link (to be moved into the fragment). */
export function hasLegacyLabQuery(search: URLSearchParams): boolean {
  return search.has(HEX_KEY) || search.has(ROLE_KEY);
}

/**
 * The query and fragment for `hex` and `role` ("" hex for an empty lab): both go into
 * the fragment, the old query parameters are dropped, anything else in either is kept.
 */
export function writeLabLink(search: URLSearchParams, hash: string, hex: string, role: Role, frame = 1): string {
  const query = new URLSearchParams(search);
  query.delete(HEX_KEY);
  query.delete(ROLE_KEY);
  const fragment = fragmentParams(hash);
  if (hex.trim() === '') fragment.delete(HEX_KEY);
  else fragment.set(HEX_KEY, hex);
  fragment.set(ROLE_KEY, role);
  if (frame > 1) fragment.set(FRAME_KEY, String(Math.trunc(frame)));
  else fragment.delete(FRAME_KEY);
  const queryText = query.toString();
  return `${queryText === '' ? '' : `?${queryText}`}#${fragment.toString()}`;
}
