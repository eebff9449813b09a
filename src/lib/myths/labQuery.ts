/** The frame lab query that opens `bytes` as read by `role`, for the pages' example links. */
import { bytesToHex, type Role } from '../../sim';
import { writeLabQuery } from '../ws/labQuery';

/** `?hex=…&role=…`, to append to the frame lab's path in either language. */
export function labQuery(bytes: Uint8Array, role: Role): string {
  return writeLabQuery(new URLSearchParams(), bytesToHex(bytes).replace(/ /g, ''), role);
}
