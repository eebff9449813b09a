/** What the terminal feeders need from a terminal: the xterm adapter in the page, a fake in tests. */
export interface TerminalSink {
  /** Prints ANSI text (use `toAnsi`). */
  write(text: string): void;
  /** Clears the screen and the scrollback. */
  clear(): void;
  /** How many columns the terminal has now (it follows its container): printers wrap lines and size dumps to it. */
  readonly columns: number;
}

/** Columns of a terminal that has not measured its box yet: a 16-byte hexdump row with its text column fits, with room for indents. */
export const TERMINAL_COLUMNS = 80;
