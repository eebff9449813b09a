/** The frame lab link that opens `bytes` as read by `role`, for the pages' example links. */
import { bytesToHex, type Role } from '../../sim';
import { writeLabLink } from '../ws/labQuery';

/** `#hex=…&role=…` (the lab keeps its state in the fragment), to append to the frame lab's path in either language. */
export function labQuery(bytes: Uint8Array, role: Role): string {
  return writeLabLink(new URLSearchParams(), '', bytesToHex(bytes).replace(/ /g, ''), role);
}
