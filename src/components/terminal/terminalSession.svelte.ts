/**
 * The terminal session's state: the connection's status, whether frames are
 * dumped in hex, the typed-line history, and the lines for screen readers.
 * It reads typed lines (`parseTerminalCommand`), drives the socket adapter
 * (`EchoSocket`) and prints what happens through the terminal sink.
 */
import type { Lang } from '../../i18n/terminal';
import { t } from '../../i18n/terminal';
import { browserCloseCode } from '../../lib/terminal/browserCloseCode';
import { CommandHistory } from '../../lib/terminal/commandHistory';
import { EchoSocket, type OpenSocket, type SessionEvent, type SocketStatus } from '../../lib/terminal/echoSocket';
import { parseTerminalCommand, type TerminalCommand } from '../../lib/terminal/parseTerminalCommand';
import { commandErrorLine } from '../../lib/terminal/commandErrorLine';
import { helpLines } from '../../lib/terminal/helpLines';
import { sessionLines } from '../../lib/terminal/sessionLines';
import { line, toAnsi, toPlainText, type TerminalLine } from '../../lib/terminal/terminalLine';
import type { TerminalSink } from '../../lib/terminal/terminalSink';
import { wrapLines } from '../../lib/terminal/wrapLines';

/** Lines kept for the screen-reader log. */
export const SPOKEN_LINES = 50;
/** Printouts kept to print again at a new width (the terminal's scrollback holds about as much). */
export const REPRINTED_ENTRIES = 500;
const DEFAULT_PING_TEXT = 'ping';
const MS_PER_SECOND = 1000;
// Until the server's hello says otherwise (LIVE_IDLE_TIMEOUT_MS's default).
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** What the session needs from the page. */
export interface SessionOptions {
  readonly open: OpenSocket;
  readonly now: () => number;
  /** Where /connect goes without a URL: the site's own echo server. */
  readonly defaultUrl: string;
  readonly lang?: Lang;
}

/** One terminal session with an echo server. */
export class TerminalSession {
  status: SocketStatus = $state('idle');
  url = $state('');
  hex = $state(false);
  /** What was printed, as plain sentences (no hexdumps), newest last: the screen-reader log. */
  spoken: readonly string[] = $state.raw([]);
  readonly history = new CommandHistory();

  readonly #socket: EchoSocket;
  readonly #defaultUrl: string;
  readonly #lang: Lang;
  #sink: TerminalSink | null = null;
  // What was printed, each as a function of the terminal's width, so a resized terminal can print it again
  // wrapped to fit (and a terminal that finishes loading late shows what came before it).
  #printed: ((columns: number) => readonly TerminalLine[])[] = [];
  #idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS;

  constructor(options: SessionOptions) {
    this.#defaultUrl = options.defaultUrl;
    this.#lang = options.lang ?? 'en';
    this.#socket = new EchoSocket({ open: options.open, now: options.now, emit: (event) => this.#event(event) });
  }

  /** The terminal to print to, once it has loaded; what was printed before shows at once. */
  attach(sink: TerminalSink): void {
    this.#sink = sink;
    if (this.#printed.length > 0) this.reflow();
  }

  /** Prints everything again at the terminal's width now (after its box changed width). */
  reflow(): void {
    const sink = this.#sink;
    if (!sink) return;
    sink.clear();
    const lines = this.#printed.flatMap((render) => render(sink.columns));
    if (lines.length > 0) sink.write(toAnsi(wrapLines(lines, sink.columns)));
  }

  /** Connects to `url` (the echo server by default). */
  connect(url: string = this.#defaultUrl): void {
    this.url = url;
    this.#socket.connect(url);
    this.status = this.#socket.status;
  }

  /** Runs one typed line: a message to send or a command. */
  submit(input: string): void {
    this.history.push(input);
    const command = parseTerminalCommand(input);
    if (command.kind !== 'send' && command.kind !== 'empty') this.#print([line(`> ${input}`, 'muted')]);
    this.#run(command);
    this.status = this.#socket.status;
  }

  /** Closes the connection quietly; call when the island is destroyed. */
  dispose(): void {
    this.#socket.dispose();
    this.#sink = null;
  }

  #run(command: TerminalCommand): void {
    const lang = this.#lang;
    switch (command.kind) {
      case 'empty':
        return;
      case 'send':
        return this.#send(() => this.#socket.sendText(command.text));
      case 'binary':
        return this.#send(() => this.#socket.sendBinary(command.bytes));
      case 'connect':
        return this.connect(command.url);
      case 'ping': {
        const text = command.text || DEFAULT_PING_TEXT;
        // The lab server pings on request: the page still sends no Ping itself, but the reader sees a real one.
        if (this.#socket.lab) {
          this.#print([line(t('term.session.pingAsk', undefined, lang), 'muted')]);
          return this.#send(() => this.#socket.requestPing(text));
        }
        const seconds = this.#idleTimeoutMs / MS_PER_SECOND;
        this.#print([line(t('term.session.pingExplain', { min: seconds / 2, max: seconds }, lang), 'muted')]);
        if (this.#socket.status !== 'open') return this.#send(() => false);
        this.#print([line(t('term.session.pingInstead', { text }, lang), 'muted')]);
        return this.#send(() => this.#socket.sendText(text));
      }
      case 'close':
        if (command.code !== undefined && !browserCloseCode(command.code)) {
          return this.#print([line(t('term.session.closeRefused', { code: command.code, reason: command.reason }, lang), 'danger')]);
        }
        if (!this.#socket.close(command.code, command.reason)) return this.#print([line(t('term.session.nothingToClose', undefined, lang), 'danger')]);
        return this.#print([line(t('term.session.closeSent', undefined, lang), 'muted')]);
      case 'hex':
        this.hex = command.on;
        return this.#print([line(t(command.on ? 'term.session.hexOn' : 'term.session.hexOff', undefined, lang), 'muted')]);
      case 'clear':
        this.#sink?.clear();
        this.#printed = [];
        return;
      case 'help':
        return this.#print(helpLines(lang));
      case 'invalid':
        return this.#print([commandErrorLine(command.error, lang)]);
    }
  }

  #send(send: () => boolean): void {
    if (send()) return;
    const key = this.#socket.status === 'connecting' ? 'term.session.stillConnecting' : 'term.session.notOpen';
    this.#print([line(t(key, undefined, this.#lang), 'danger')]);
  }

  #event(event: SessionEvent): void {
    if (event.kind === 'hello') this.#idleTimeoutMs = event.idleTimeoutMs;
    const lang = this.#lang;
    const hex = this.hex;
    this.#write((columns) => sessionLines(event, { hex, lang, columns }));
    // Screen readers get the sentences without the hexdumps.
    this.#speak(sessionLines(event, { hex: false, lang }));
    this.status = this.#socket.status;
  }

  #print(lines: readonly TerminalLine[]): void {
    this.#write(() => lines);
    this.#speak(lines);
  }

  #write(render: (columns: number) => readonly TerminalLine[]): void {
    this.#printed.push(render);
    if (this.#printed.length > REPRINTED_ENTRIES) this.#printed.splice(0, this.#printed.length - REPRINTED_ENTRIES);
    const sink = this.#sink;
    if (sink) sink.write(toAnsi(wrapLines(render(sink.columns), sink.columns)));
  }

  #speak(lines: readonly TerminalLine[]): void {
    this.spoken = [...this.spoken, ...lines.map(toPlainText)].slice(-SPOKEN_LINES);
  }
}
