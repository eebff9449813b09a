/**
 * The live section's state: the connection's status and the frames seen so
 * far. It drives the stompjs adapter (`openStompLink`, loaded on Connect) and
 * feeds every raw message to the project's decoder (`StompFrameLog`).
 */
import { StompFrameLog, type FrameLogEntry } from '../../lib/stomp/stompFrameLog';
import { isBrokerUrl } from '../../lib/stomp/brokerUrl';
import type { StompLink, StompLinkEvents } from '../../lib/stomp/stompjsLink';

/** Where the connection stands. */
export type LiveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'bad-url' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'connecting'; readonly url: string }
  | { readonly kind: 'connected'; readonly version: string; readonly session: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'closed'; readonly code: number };

/** How to open a link (the real adapter in the page; a fake in tests). */
export type OpenLink = (url: string, events: StompLinkEvents) => Promise<StompLink>;

/** One live STOMP session. */
export class StompLive {
  status: LiveStatus = $state.raw({ kind: 'idle' });
  entries: readonly FrameLogEntry[] = $state.raw([]);
  /** The site's own broker did not answer: the page is on a static host. */
  needsServer = $state(false);

  readonly #open: OpenLink;
  readonly #defaultUrl: string;
  #link: StompLink | null = null;
  #log = new StompFrameLog();

  constructor(open: OpenLink, defaultUrl: string) {
    this.#open = open;
    this.#defaultUrl = defaultUrl;
  }

  get connected(): boolean {
    return this.status.kind === 'connected';
  }

  /** Connects to `url` (ws:// or wss://). */
  async connect(url: string): Promise<void> {
    if (!isBrokerUrl(url)) {
      this.status = { kind: 'bad-url' };
      return;
    }
    await this.#link?.close();
    this.#log = new StompFrameLog();
    this.entries = [];
    this.needsServer = false;
    this.status = { kind: 'loading' };
    const target = url.trim();
    const events: StompLinkEvents = {
      onRaw: (direction, data) => (this.entries = this.#log.push(direction, data)),
      onConnected: (version, session) => (this.status = { kind: 'connected', version, session }),
      onStompError: (message) => (this.status = { kind: 'error', message }),
      onClosed: (code, everConnected) => {
        if (this.status.kind !== 'error') this.status = { kind: 'closed', code };
        if (!everConnected && target === this.#defaultUrl) this.needsServer = true;
        this.#link = null;
      },
    };
    this.#link = await this.#open(target, events);
    if (this.status.kind === 'loading') this.status = { kind: 'connecting', url: target };
  }

  /** SUBSCRIBE to `destination`. */
  subscribe(destination: string): void {
    if (this.connected) this.#link?.subscribe(destination.trim());
  }

  /** SEND `body` to `destination`. */
  send(destination: string, body: string): void {
    if (this.connected) this.#link?.publish(destination.trim(), body);
  }

  /** DISCONNECT (with a receipt: stompjs asks for one). */
  async disconnect(): Promise<void> {
    await this.#link?.close();
  }
}
