/** What the terminal shows: a prefix of one timeline's send order. */
export interface Shown {
  /** The timeline (compared by identity: new parameters make a new timeline). */
  readonly source: unknown;
  /** Transfers sent so far, in send order. */
  readonly count: number;
}

/**
 * How to bring the terminal from what it shows to what it should show:
 * nothing; append transfers [from, to) of the send order (playing, stepping on);
 * or clear and print [from, to), after a note that `skipped` earlier ones are
 * left out (stepping back, seeking, new parameters, or a jump so far ahead that
 * printing everything would only scroll out of sight).
 */
export type TerminalPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'append'; readonly from: number; readonly to: number }
  | { readonly kind: 'rewrite'; readonly from: number; readonly to: number; readonly skipped: number };

/** Plans the update from `shown` (null: the terminal is blank) to `next`, printing at most `maxPrinted` transfers at once. */
export function terminalPlan(shown: Shown | null, next: Shown, maxPrinted: number): TerminalPlan {
  const sameSource = shown !== null && shown.source === next.source;
  if (sameSource && shown.count === next.count) return { kind: 'none' };
  if (sameSource && next.count > shown.count && next.count - shown.count <= maxPrinted) {
    return { kind: 'append', from: shown.count, to: next.count };
  }
  const from = Math.max(0, next.count - maxPrinted);
  return { kind: 'rewrite', from, to: next.count, skipped: from };
}
