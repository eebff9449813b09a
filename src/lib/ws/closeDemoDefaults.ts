/** What the close demo opens with; the page builds that frame at build time (closeView) and passes it as the demo's `initial`. */
import { CLOSE_NORMAL } from '../../sim/ws/closeCodes';
import type { Sender } from './messageTransfer';

/** The demo's first code, reason and sender. */
export const CLOSE_DEMO_DEFAULT: { readonly code: number; readonly reason: string; readonly sender: Sender } = {
  code: CLOSE_NORMAL,
  reason: 'Bye for now',
  sender: 'client',
};
