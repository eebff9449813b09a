/** The frame lab link (query and fragment) that opens `bytes` as read by `role`, for the pages' example links. */
import { bytesToHex, type Role } from '../../sim';
import { writeLabLink } from '../ws/labQuery';

/** `#hex=…&role=…`, to append to the frame lab's path in either language. */
export function labQuery(bytes: Uint8Array, role: Role): string {
  return writeLabLink(new URLSearchParams(), '', bytesToHex(bytes).replace(/ /g, ''), role);
}
