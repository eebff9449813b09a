/** What the terminal feeders need from a terminal: the xterm adapter in the page, a fake in tests. */
export interface TerminalSink {
  /** Prints ANSI text (use `toAnsi`). */
  write(text: string): void;
  /** Clears the screen and the scrollback. */
  clear(): void;
}

/** Columns of every terminal: a 16-byte hexdump row with its text column fits, with room for indents. */
export const TERMINAL_COLUMNS = 80;
