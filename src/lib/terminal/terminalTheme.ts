/** The colours an xterm theme needs (a subset of xterm's ITheme, so this file does not import xterm). */
export interface TerminalColors {
  readonly background: string;
  readonly foreground: string;
  readonly cursor: string;
  readonly cursorAccent: string;
  readonly selectionBackground: string;
  readonly selectionForeground: string;
  readonly black: string;
  readonly red: string;
  readonly green: string;
  readonly yellow: string;
  readonly blue: string;
  readonly magenta: string;
  readonly cyan: string;
  readonly white: string;
  readonly brightBlack: string;
  readonly brightWhite: string;
}

/**
 * The site's tokens (src/styles/tokens.css) that paint the terminal, by theme
 * slot. The ANSI colours the terminal lines use (see `terminalLine.ts`) get the
 * diagram's direction colours, so "client → server" is the same blue everywhere.
 */
export const TERMINAL_TOKENS: Readonly<Record<keyof TerminalColors, string>> = {
  background: '--surface-2',
  foreground: '--text',
  cursor: '--text',
  cursorAccent: '--surface-2',
  selectionBackground: '--highlight',
  selectionForeground: '--highlight-text',
  black: '--text',
  red: '--danger',
  green: '--server',
  yellow: '--hold',
  blue: '--client',
  magenta: '--event',
  cyan: '--accent',
  white: '--surface',
  brightBlack: '--text-muted',
  brightWhite: '--surface',
};

/** Builds the theme from a reader that resolves a token to a colour in the current light or dark scheme. */
export function terminalTheme(resolve: (token: string) => string): TerminalColors {
  const entries = Object.entries(TERMINAL_TOKENS).map(([slot, token]) => [slot, resolve(token)]);
  return Object.fromEntries(entries) as unknown as TerminalColors;
}
