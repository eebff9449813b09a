/**
 * The one place xterm.js is created. It is ~85 KB gzip, so it (and its CSS) is
 * imported dynamically, only when a terminal first comes into view; nothing else
 * imports '@xterm/xterm' except as types. Feeders write through `TerminalSink`.
 * Its columns follow its box (xterm's fit addon measures the cell), so a phone
 * gets ~40 columns rather than 80 cut in half; rows stay as asked.
 */
import type { FitAddon } from '@xterm/addon-fit';
import type { Terminal } from '@xterm/xterm';
// Only the stylesheet's URL: a plain CSS import would be hoisted into every page's CSS that has a lesson widget.
import xtermStylesheet from '@xterm/xterm/css/xterm.css?url';
import { nextTask } from '../../lib/terminal/nextTask';
import { TERMINAL_COLUMNS, type TerminalSink } from '../../lib/terminal/terminalSink';
import { terminalTheme, type TerminalColors } from '../../lib/terminal/terminalTheme';

/** How a terminal looks and behaves. */
export interface TerminalOptions {
  /** Accessible name of the terminal (its focusable element). */
  readonly label: string;
  readonly rows: number;
  /** `prefers-reduced-motion: reduce`: no blinking cursor. */
  readonly reducedMotion: boolean;
  /** Called after the terminal took a new number of columns (its box changed width): print again to fit. */
  readonly onResize?: () => void;
}

/** A terminal in the page: a sink the feeders write to, disposed with its island. */
export interface TerminalHandle extends TerminalSink {
  dispose(): void;
}

/** Creates a terminal in `host`; the default is xterm, tests pass a fake. */
export type CreateTerminal = (host: HTMLElement, options: TerminalOptions) => Promise<TerminalHandle>;

const SCROLLBACK_LINES = 2000;
// Below this nothing reads well; above it lines get too long to follow (the box is wider only on wide screens).
const MIN_COLUMNS = 20;
const MAX_COLUMNS = 160;
const CLEAR_ALL = '\x1b[0m\x1b[2J\x1b[3J\x1b[H';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Loads xterm and its CSS, then opens a read-only terminal in `host` painted with the site's tokens.
 * Each step runs in a task of its own (`nextTask`): together they would block a slow phone's main thread
 * for well over 50 ms (a long task, counted in Total Blocking Time).
 */
export const createXterm: CreateTerminal = async (host, options) => {
  const [{ Terminal }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit'), loadStylesheet(xtermStylesheet)]);
  await nextTask();
  const terminal = new Terminal({
    // Until the box is measured (just after open).
    cols: TERMINAL_COLUMNS,
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
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  await nextTask();
  terminal.open(host);
  terminal.textarea?.setAttribute('aria-label', options.label);
  // Nothing is typed here: read-only, so keyboard shortcuts around it (the lesson player's) still apply.
  terminal.textarea?.setAttribute('readonly', '');
  await nextTask();
  const adapter = new XtermAdapter(terminal, host, fit, options.onResize);
  // Whoever gets the terminal prints to it at once.
  await nextTask();
  return adapter;
};

/** Wraps one xterm Terminal: writes, clears, follows the colour scheme, and cleans up after itself. */
class XtermAdapter implements TerminalHandle {
  readonly #terminal: Terminal;
  readonly #host: HTMLElement;
  readonly #fit: FitAddon;
  readonly #onResize: (() => void) | undefined;
  readonly #scheme: MediaQueryList | null;
  readonly #resizes: ResizeObserver | null;
  #frame = 0;
  readonly #onScheme = () => {
    this.#terminal.options.theme = resolveTheme(this.#host);
  };

  constructor(terminal: Terminal, host: HTMLElement, fit: FitAddon, onResize?: () => void) {
    this.#terminal = terminal;
    this.#host = host;
    this.#fit = fit;
    this.#onResize = onResize;
    // Tokens are light-dark() pairs: when the reader's scheme flips, the resolved colours change.
    this.#scheme = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
    this.#scheme?.addEventListener('change', this.#onScheme);
    // Fitted now, before anything is printed, so the first lines are already wrapped to the box.
    this.#refit();
    // A rotated phone, a resized window: once per frame at most, since each change reprints the terminal.
    this.#resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.#scheduleRefit()) : null;
    this.#resizes?.observe(host);
  }

  get columns(): number {
    return this.#terminal.cols;
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
    this.#resizes?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#terminal.dispose();
  }

  #scheduleRefit(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      if (this.#refit()) this.#onResize?.();
    });
  }

  // Columns from the box's width and the measured cell width (the fit addon leaves room for the scrollbar,
  // so it no longer covers the last column); the rows stay as asked. True when the columns changed.
  #refit(): boolean {
    const proposed = this.#fit.proposeDimensions();
    if (!proposed || !Number.isFinite(proposed.cols)) return false;
    const cols = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, proposed.cols));
    if (cols === this.#terminal.cols) return false;
    this.#terminal.resize(cols, this.#terminal.rows);
    return true;
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
