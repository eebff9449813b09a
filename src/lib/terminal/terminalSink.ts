/** What the terminal feeders need from a terminal: the xterm adapter in the page, a fake in tests. */
export interface TerminalSink {
  /** Prints ANSI text (use `toAnsi`). */
  write(text: string): void;
  /** Clears the screen and the scrollback. */
  clear(): void;
}
