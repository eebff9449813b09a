/**
 * One layer of a transfer's bytes (DESIGN.md §3a): which protocol, which byte
 * range of the outer message it covers, and its fields with offsets in the
 * outer message's bytes. Structurally the same as the timeline's
 * `TransferLayer`, which another branch adds; kept here until they meet.
 */
import type { Field } from '../timeline/types';

/** A protocol's share of a transfer's bytes. */
export interface TransferLayer {
  readonly protocol: string;
  readonly range: { readonly start: number; readonly end: number };
  readonly fields: readonly Field[];
}
