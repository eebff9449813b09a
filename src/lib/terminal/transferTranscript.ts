import type { Timeline } from '../../sim';
import { formatTransferDump, type DumpOptions } from './formatTransferDump';
import type { SendOrder } from './sendOrder';
import type { TerminalLine } from './terminalLine';

/** The printed lines of the transfers [from, to) of the send order, one dump after another with a blank line between. */
export function transferTranscript(timeline: Timeline, order: SendOrder, from: number, to: number, options: DumpOptions = {}): TerminalLine[] {
  const lines: TerminalLine[] = [];
  for (let i = from; i < to; i++) {
    const transfer = timeline.transfers[order.transferIds[i]!];
    if (!transfer) continue;
    if (lines.length > 0) lines.push([]);
    lines.push(...formatTransferDump(transfer, timeline.actors, options));
  }
  return lines;
}
