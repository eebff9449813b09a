/**
 * The one place xterm.js is created. It is ~85 KB gzip, so it (and its CSS) is
 * imported dynamically, only when a terminal first comes into view; nothing else
 * imports '@xterm/xterm' except as types. Feeders write through `TerminalSink`.
 */
import type { Terminal } from '@xterm/xterm';
// Only the stylesheet's URL: a plain CSS import would be hoisted into every page's CSS that has a lesson widget.
import xtermStylesheet from '@xterm/xterm/css/xterm.css?url';
import { TERMINAL_COLUMNS, type TerminalSink } from '../../lib/terminal/terminalSink';
import { terminalTheme, type TerminalColors } from '../../lib/terminal/terminalTheme';

/** How a terminal looks and behaves. */
export interface TerminalOptions {
  /** Accessible name of the terminal (its focusable element). */
  readonly label: string;
  readonly rows: number;
  /** Wide enough for a 16-byte hexdump row with its text. */
  readonly cols?: number;
  /** `prefers-reduced-motion: reduce`: no blinking cursor. */
  readonly reducedMotion: boolean;
}

/** A terminal in the page: a sink the feeders write to, disposed with its island. */
export interface TerminalHandle extends TerminalSink {
  dispose(): void;
}

/** Creates a terminal in `host`; the default is xterm, tests pass a fake. */
export type CreateTerminal = (host: HTMLElement, options: TerminalOptions) => Promise<TerminalHandle>;

const SCROLLBACK_LINES = 2000;
const CLEAR_ALL = '\x1b[0m\x1b[2J\x1b[3J\x1b[H';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Loads xterm and its CSS, then opens a read-only terminal in `host` painted with the site's tokens. */
export const createXterm: CreateTerminal = async (host, options) => {
  const [{ Terminal }] = await Promise.all([import('@xterm/xterm'), loadStylesheet(xtermStylesheet)]);
  const terminal = new Terminal({
    cols: options.cols ?? TERMINAL_COLUMNS,
    rows: options.rows,
    // Output only: readers type in an ordinary <input> where there is anything to type.
    disableStdin: true,
    cursorBlink: !options.reducedMotion,
    cursorStyle: 'bar',
    cursorInactiveStyle: 'none',
    convertEol: false,
    scrollback: SCROLLBACK_LINES,
    fontFamily: readToken(host, '--font-mono', 'monospace'),
    fontSize: 13,
    theme: resolveTheme(host),
  });
  // Read-only: xterm would swallow arrows and Space; let them reach the page (the lesson player's keys).
  terminal.attachCustomKeyEventHandler(() => false);
  terminal.open(host);
  terminal.textarea?.setAttribute('aria-label', options.label);
  // Nothing is typed here: read-only, so keyboard shortcuts around it (the lesson player's) still apply.
  terminal.textarea?.setAttribute('readonly', '');
  return new XtermAdapter(terminal, host);
};

/** Wraps one xterm Terminal: writes, clears, follows the colour scheme, and cleans up after itself. */
class XtermAdapter implements TerminalHandle {
  readonly #terminal: Terminal;
  readonly #host: HTMLElement;
  readonly #scheme: MediaQueryList | null;
  readonly #onScheme = () => {
    this.#terminal.options.theme = resolveTheme(this.#host);
  };

  constructor(terminal: Terminal, host: HTMLElement) {
    this.#terminal = terminal;
    this.#host = host;
    // Tokens are light-dark() pairs: when the reader's scheme flips, the resolved colours change.
    this.#scheme = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
    this.#scheme?.addEventListener('change', this.#onScheme);
  }

  write(text: string): void {
    this.#terminal.write(text);
  }

  clear(): void {
    // Through the write queue, not reset(): xterm parses writes asynchronously, so a reset() could land
    // before text written earlier. SGR reset, erase the screen and the scrollback, cursor home.
    this.#terminal.write(CLEAR_ALL);
  }

  dispose(): void {
    this.#scheme?.removeEventListener('change', this.#onScheme);
    this.#terminal.dispose();
  }
}

// A token is a light-dark() pair, which xterm cannot parse; a probe element lets the browser resolve it for the current scheme.
function resolveTheme(host: HTMLElement): TerminalColors {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  host.append(probe);
  const theme = terminalTheme((token) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  });
  probe.remove();
  return theme;
}

// Adds the stylesheet once per page; resolves when it has loaded (or failed: the terminal still works, unstyled).
function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[data-xterm-css]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.xtermCss = '';
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}

function readToken(host: HTMLElement, token: string, fallback: string): string {
  return getComputedStyle(host).getPropertyValue(token).trim() || fallback;
}
