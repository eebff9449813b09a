/**
 * What a terminal prints, as data: lines of segments with a tone. The xterm
 * adapter turns them into ANSI colours (`toAnsi`); the screen-reader copy reads
 * them as plain text (`toPlainText`). Tones map to the site's colour tokens.
 */

/** A segment's colour role: the direction colours of the diagram, muted notes, errors. */
export type Tone = 'plain' | 'client' | 'server' | 'muted' | 'danger' | 'accent' | 'hold' | 'event';

/** A run of text in one tone. */
export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
}

/** One printed line. */
export type TerminalLine = readonly Segment[];

// SGR colour numbers; the adapter's theme gives each ANSI colour a site token.
const SGR: Record<Tone, number> = { plain: 39, client: 34, server: 32, muted: 90, danger: 31, accent: 36, hold: 33, event: 35 };
const RESET = '\x1b[0m';
// C0 controls, DEL and C1 controls: text from a peer or a reader must never drive the terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_GLYPH = '·';

/** A line of one segment. */
export function line(text: string, tone?: Tone): TerminalLine {
  return [tone === undefined ? { text } : { text, tone }];
}

/** Replaces control characters (ESC, CR, LF, BEL …) with "·" so printed text cannot move the cursor or recolour anything. */
export function inert(text: string): string {
  return text.replace(CONTROL, CONTROL_GLYPH);
}

/** The line as ANSI text for xterm (no line ending). */
export function lineToAnsi(terminalLine: TerminalLine): string {
  let out = '';
  for (const segment of terminalLine) {
    const text = inert(segment.text);
    const tone = segment.tone ?? 'plain';
    out += tone === 'plain' ? text : `\x1b[${SGR[tone]}m${text}${RESET}`;
  }
  return out;
}

/** Lines as ANSI text, each ended with CR LF, ready for `terminal.write`. */
export function toAnsi(lines: readonly TerminalLine[]): string {
  let out = '';
  for (const l of lines) out += lineToAnsi(l) + '\r\n';
  return out;
}

/** The line as plain text, for the screen-reader copy and tests. */
export function toPlainText(terminalLine: TerminalLine): string {
  let out = '';
  for (const segment of terminalLine) out += inert(segment.text);
  return out;
}
