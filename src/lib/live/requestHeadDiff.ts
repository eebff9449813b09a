/**
 * Where the header model's request head and the one the server received differ, line by line: a header the
 * browser sent that the model left out, one the model wrote that the browser did not send, a line of another
 * size, and the request line (what is left of the server's count once its header lines are taken away).
 */

/** One header line: name and size in bytes (name, ": ", value, CRLF). */
export interface HeaderLineSize {
  readonly name: string;
  readonly bytes: number;
}

/** One way the model got a line wrong. */
export type HeadLineDiff =
  | { readonly kind: 'missing'; readonly name: string; readonly measured: number }
  | { readonly kind: 'extra'; readonly name: string; readonly predicted: number }
  | { readonly kind: 'size'; readonly name: string; readonly measured: number; readonly predicted: number }
  | { readonly kind: 'request-line'; readonly measured: number; readonly predicted: number };

/** A head: its total size and its header lines. */
export interface HeadLines {
  readonly bytes: number;
  readonly lines: readonly HeaderLineSize[];
}

const BLANK_LINE = 2;
const sum = (lines: readonly HeaderLineSize[]): number => lines.reduce((a, l) => a + l.bytes, 0);

/** The lines the model got wrong, in the browser's order, then the model's extra lines; empty when they agree. */
export function requestHeadDiff(model: HeadLines, measured: HeadLines): HeadLineDiff[] {
  const out: HeadLineDiff[] = [];
  const modelLines = new Map(model.lines.map((l) => [l.name.toLowerCase(), l]));
  const seen = new Set<string>();
  for (const line of measured.lines) {
    const key = line.name.toLowerCase();
    seen.add(key);
    const predicted = modelLines.get(key);
    if (!predicted) out.push({ kind: 'missing', name: line.name, measured: line.bytes });
    else if (predicted.bytes !== line.bytes) out.push({ kind: 'size', name: line.name, measured: line.bytes, predicted: predicted.bytes });
  }
  for (const line of model.lines) {
    if (!seen.has(line.name.toLowerCase())) out.push({ kind: 'extra', name: line.name, predicted: line.bytes });
  }
  const measuredStart = measured.bytes - sum(measured.lines) - BLANK_LINE;
  const predictedStart = model.bytes - sum(model.lines) - BLANK_LINE;
  if (measuredStart !== predictedStart) out.push({ kind: 'request-line', measured: measuredStart, predicted: predictedStart });
  return out;
}
