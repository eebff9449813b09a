/** One layer of a transfer's bytes (DESIGN.md §3a): the timeline's own type, re-exported for the Socket.IO codec. */
export type { TransferLayer } from '../timeline/types';
