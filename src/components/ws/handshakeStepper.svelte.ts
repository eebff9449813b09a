/**
 * The handshake stepper's state: the key the reader typed, the last valid one,
 * the failure case and the step on screen. The walk itself is derived from the
 * codec; this class only remembers choices and moves between steps.
 *
 * The codec loads on first use: until the reader changes the key or the case, the
 * walk shown is the one built at build time (`defaultHandshakeJson.ts`). A choice
 * made meanwhile is kept and applied, in order, when the codec arrives.
 */
import { HANDSHAKE_KEY_BYTES, type HandshakeKeyCheck } from '../../sim';
import { HANDSHAKE_CASES, type HandshakeCase } from '../../lib/ws/handshakeCases';
import type { HandshakeStep, HandshakeWalk } from '../../lib/ws/handshakeWalk';
import type { HashLink } from '../../lib/browserHashLink';
import { hashChoice, hashIndex, withHashParam } from '../../lib/hashParam';

/** Fills a buffer with random bytes (crypto.getRandomValues in the browser; fixed in tests). */
export type RandomFill = (bytes: Uint8Array) => void;

/** Keys that step: ←/→ one step, Home/End to the ends. */
const STEP_KEYS: Readonly<Record<string, 'previous' | 'next' | 'first' | 'last'>> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };

/** The hash keys of the stepper's deep link: `#step=3&case=wrongAccept` (the step 1-based, as on screen; no `case` for the working one). */
export const HANDSHAKE_HASH_KEYS = { step: 'step', case: 'case' } as const;

/** The codec the stepper loads on first use (`handshakeParts.ts`). */
export type HandshakeParts = typeof import('./handshakeParts');

/** One stepper's choices and position. */
export class HandshakeRun {
  /** What is in the key box, valid or not: never overwritten behind the reader's back. */
  keyText: string = $state('');
  /** The last valid key: the walk uses it while the box holds something invalid. */
  key: string = $state('');
  which: HandshakeCase = $state('ok');
  stepIndex = $state(0);

  /** The codec, once loaded (or given, in tests). */
  parts: HandshakeParts | null = $state.raw(null);
  readonly #first: HandshakeWalk;
  readonly #load: () => Promise<HandshakeParts>;
  #loading: Promise<HandshakeParts> | null = null;

  /** The key box judged; null until the codec that judges it has loaded (the box starts with the walk's valid key). */
  readonly keyCheck: HandshakeKeyCheck | null = $derived(this.parts ? this.parts.checkHandshakeKey(this.keyText) : null);
  /** The steps for the key and case chosen; null while the codec that builds them is on its way. */
  readonly walk: HandshakeWalk | null = $derived(this.#chosenWalk());
  /** The walk whose step titles are shown: the chosen one, or the first one until it arrives. */
  readonly shownWalk: HandshakeWalk = $derived(this.walk ?? this.#firstWalk());
  /** The step on screen; null while the walk is on its way. */
  readonly step: HandshakeStep | null = $derived(this.walk ? this.walk.steps[Math.min(this.stepIndex, this.walk.steps.length - 1)]! : null);
  readonly stepCount: number = $derived(this.shownWalk.steps.length);

  #link: HashLink | null = null;

  /**
   * Starts on `first` (the build-time walk; its key fills the key box). `load` fetches the codec on the first choice
   * that needs it; given `parts`, the run has it from the start (tests).
   */
  constructor(first: HandshakeWalk, load: () => Promise<HandshakeParts> = () => import('./handshakeParts'), parts: HandshakeParts | null = null) {
    this.#first = first;
    this.#load = load;
    this.parts = parts;
    this.keyText = first.key;
    this.key = first.key;
    this.which = first.which;
  }

  // Methods, not field initializers: `#first` is set in the constructor, after the fields (deriveds read it lazily).
  #firstWalk(): HandshakeWalk {
    return this.#first;
  }

  #chosenWalk(): HandshakeWalk | null {
    if (this.parts) return this.parts.handshakeWalk(this.key, this.which);
    return this.key === this.#first.key && this.which === this.#first.which ? this.#first : null;
  }

  /** Loads the codec (once; later calls share the download). */
  load(): Promise<HandshakeParts> {
    if (this.parts) return Promise.resolve(this.parts);
    this.#loading ??= this.#load().then(
      (parts) => (this.parts = parts),
      (error: unknown) => {
        this.#loading = null; // a failed download (e.g. offline) is retried on the next choice
        throw error;
      },
    );
    return this.#loading;
  }

  /** Runs `apply` with the codec: at once when it is here, else when it arrives (in the order the choices were made). */
  #withParts(apply: (parts: HandshakeParts) => void): void {
    if (this.parts) apply(this.parts);
    else void this.load().then(apply, () => undefined);
  }

  /**
   * Until the chosen case's steps arrive their number is unknown: a move made meanwhile is queued (each one, in
   * order, so two presses of → still move two steps). Returns whether it queued `move`.
   */
  #later(move: () => void): boolean {
    if (this.walk) return false;
    this.#withParts(move);
    return true;
  }

  /** The reader typed in the key box. */
  setKeyText(text: string): void {
    this.keyText = text;
    this.#withParts((parts) => {
      if (this.keyText === text && parts.checkHandshakeKey(text).ok) this.key = text.trim();
    });
  }

  /** A fresh random key, as a browser makes one for every connection. */
  generateKey(fill: RandomFill): void {
    const bytes = new Uint8Array(HANDSHAKE_KEY_BYTES);
    fill(bytes);
    this.#withParts((parts) => this.setKeyText(parts.encodeBase64(bytes)));
  }

  /** Shows another case, from its first step. */
  setCase(which: HandshakeCase): void {
    if (which !== this.#first.which) void this.load().catch(() => undefined);
    this.which = which;
    this.stepIndex = 0;
    this.#writeHash();
  }

  goTo(index: number): void {
    if (this.#later(() => this.goTo(index))) return;
    this.stepIndex = Math.max(0, Math.min(this.stepCount - 1, index));
    this.#writeHash();
  }

  /** Keeps the case and step in `link` from now on, after opening where it points (unknown or malformed parts are ignored). */
  linkHash(link: HashLink): void {
    this.#link = link;
    this.restoreHash();
  }

  /** Opens the case and step the linked hash names. */
  restoreHash(): void {
    if (!this.#link) return;
    const hash = this.#link.read();
    this.which = hashChoice(hash, HANDSHAKE_HASH_KEYS.case, HANDSHAKE_CASES) ?? 'ok';
    // The step is bounded by the case's own count of steps: known at once for the first walk, else when the codec is here.
    const open = () => (this.stepIndex = hashIndex(hash, HANDSHAKE_HASH_KEYS.step, this.stepCount) ?? 0);
    if (this.walk) open();
    else {
      this.stepIndex = 0;
      this.#withParts(open);
    }
  }

  next(): void {
    if (this.#later(() => this.next())) return;
    this.goTo(this.stepIndex + 1);
  }

  previous(): void {
    if (this.#later(() => this.previous())) return;
    this.goTo(this.stepIndex - 1);
  }

  /** Steps on ←/→/Home/End unless the key went to a text field or a control that uses arrows itself. Returns whether it stepped. */
  handleKeydown(event: KeyboardEvent): boolean {
    const command = STEP_KEYS[event.key];
    const target = event.target as HTMLElement | null;
    if (!command || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (target?.closest('input, select, textarea, [role="listbox"], [role="radiogroup"]')) return false;
    event.preventDefault();
    if (command === 'next') this.next();
    else if (command === 'previous') this.previous();
    else this.goTo(command === 'first' ? 0 : Number.MAX_SAFE_INTEGER);
    return true;
  }

  #writeHash(): void {
    if (!this.#link) return;
    const stepped = withHashParam(this.#link.read(), HANDSHAKE_HASH_KEYS.step, this.stepIndex + 1);
    this.#link.write(withHashParam(stepped, HANDSHAKE_HASH_KEYS.case, this.which === 'ok' ? undefined : this.which));
  }
}
