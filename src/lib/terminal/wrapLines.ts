import type { Segment, TerminalLine } from './terminalLine';

/** Indent of a wrapped line's continuation, so a long sentence still reads as one item. */
const CONTINUATION = '  ';

/**
 * Breaks lines longer than `width` columns at spaces, keeping each segment's
 * tone; a word longer than the width is cut. The terminal would otherwise wrap
 * mid-word. (Counts UTF-16 units as columns: the terminal's text is Latin.)
 */
export function wrapLines(lines: readonly TerminalLine[], width: number): TerminalLine[] {
  const out: TerminalLine[] = [];
  for (const terminalLine of lines) out.push(...wrapLine(terminalLine, width));
  return out;
}

function wrapLine(terminalLine: TerminalLine, width: number): TerminalLine[] {
  const length = terminalLine.reduce((sum, segment) => sum + segment.text.length, 0);
  if (length <= width) return [terminalLine];
  const rows: Segment[][] = [[]];
  let column = 0;
  for (const segment of terminalLine) {
    // Words with the spaces before them, so spacing inside a line is kept.
    for (const piece of segment.text.match(/\s*\S+|\s+$/g) ?? []) {
      let text = piece;
      if (column + text.trimEnd().length > width && column > CONTINUATION.length) {
        breakRow(rows);
        column = CONTINUATION.length;
        text = text.trimStart();
      }
      while (column + text.length > width && text.length > width - column) {
        const cut = width - column;
        append(rows, text.slice(0, cut), segment);
        breakRow(rows);
        column = CONTINUATION.length;
        text = text.slice(cut);
      }
      append(rows, text, segment);
      column += text.length;
    }
  }
  return rows;
}

// Ends the current row (without its trailing spaces) and starts an indented one.
function breakRow(rows: Segment[][]): void {
  const row = rows.at(-1)!;
  while (row.length > 0) {
    const last = row.at(-1)!;
    const text = last.text.trimEnd();
    if (text !== '') {
      row[row.length - 1] = { ...last, text };
      break;
    }
    row.pop();
  }
  rows.push([{ text: CONTINUATION }]);
}

// Adds text to the current row, merged into the last segment when the tone is the same.
function append(rows: Segment[][], text: string, like: Segment): void {
  if (text === '') return;
  const row = rows.at(-1)!;
  const last = row.at(-1);
  if (last && last.tone === like.tone) row[row.length - 1] = { ...last, text: last.text + text };
  else row.push(like.tone === undefined ? { text } : { text, tone: like.tone });
}
