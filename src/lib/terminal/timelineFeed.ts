import { t, type Lang } from '../../i18n/terminal';
import type { Timeline } from '../../sim';
import type { SendOrder } from './sendOrder';
import { line, toAnsi, type TerminalLine } from './terminalLine';
import { terminalPlan, type Shown } from './terminalPlan';
import type { TerminalSink } from './terminalSink';
import { transferTranscript } from './transferTranscript';
import { wrapLines } from './wrapLines';

/** Transfers printed at most at once: after a long seek only the last ones, since the rest would scroll out of sight anyway. */
export const MAX_PRINTED_TRANSFERS = 40;

/**
 * Keeps a terminal showing exactly the transfers sent up to the player's step:
 * moving forward appends the new dumps, anything else clears and reprints.
 */
export class TimelineFeed {
  readonly #sink: TerminalSink;
  readonly #maxPrinted: number;
  #shown: Shown | null = null;
  #last: { timeline: Timeline; order: SendOrder; count: number; lang: Lang } | null = null;

  constructor(sink: TerminalSink, maxPrinted: number = MAX_PRINTED_TRANSFERS) {
    this.#sink = sink;
    this.#maxPrinted = maxPrinted;
  }

  /** Brings the terminal to the first `count` transfers of `order` in `timeline`. */
  show(timeline: Timeline, order: SendOrder, count: number, lang: Lang = 'en'): void {
    this.#last = { timeline, order, count, lang };
    const plan = terminalPlan(this.#shown, { source: timeline, count }, this.#maxPrinted);
    if (plan.kind === 'none') return;
    const lines: TerminalLine[] = [];
    if (plan.kind === 'rewrite') {
      this.#sink.clear();
      if (plan.to === 0) lines.push(line(t('term.timeline.empty', undefined, lang), 'muted'));
      if (plan.skipped > 0) lines.push(line(t('term.timeline.earlier', { count: plan.skipped }, lang), 'muted'), []);
    } else if (this.#shown && this.#shown.count > 0) {
      lines.push([]);
    } else {
      // The first transfer replaces the "nothing sent yet" note.
      this.#sink.clear();
    }
    const columns = this.#sink.columns;
    lines.push(...transferTranscript(timeline, order, plan.from, plan.to, { lang, columns }));
    this.#sink.write(toAnsi(wrapLines(lines, columns)));
    this.#shown = { source: timeline, count };
  }

  /** Prints what is shown again, wrapped to the terminal's columns now (after its box changed width). */
  reflow(): void {
    const last = this.#last;
    this.#shown = null;
    if (last) this.show(last.timeline, last.order, last.count, last.lang);
  }
}
