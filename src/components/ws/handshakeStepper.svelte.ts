/**
 * The handshake stepper's state: the key the reader typed, the last valid one,
 * the failure case and the step on screen. The walk itself is derived from the
 * codec; this class only remembers choices and moves between steps.
 */
import { checkHandshakeKey, encodeBase64, HANDSHAKE_KEY_BYTES, type HandshakeKeyCheck } from '../../sim';
import { HANDSHAKE_CASES, handshakeWalk, RFC_SAMPLE_KEY, type HandshakeCase, type HandshakeStep, type HandshakeWalk } from '../../lib/ws/handshakeWalk';
import type { HashLink } from '../../lib/browserHashLink';
import { hashChoice, hashIndex, withHashParam } from '../../lib/hashParam';

/** Fills a buffer with random bytes (crypto.getRandomValues in the browser; fixed in tests). */
export type RandomFill = (bytes: Uint8Array) => void;

/** Keys that step: ←/→ one step, Home/End to the ends. */
const STEP_KEYS: Readonly<Record<string, 'previous' | 'next' | 'first' | 'last'>> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };

/** The hash keys of the stepper's deep link: `#step=3&case=wrongAccept` (the step 1-based, as on screen; no `case` for the working one). */
export const HANDSHAKE_HASH_KEYS = { step: 'step', case: 'case' } as const;

/** One stepper's choices and position. */
export class HandshakeRun {
  /** What is in the key box, valid or not: never overwritten behind the reader's back. */
  keyText = $state(RFC_SAMPLE_KEY);
  /** The last valid key: the walk uses it while the box holds something invalid. */
  key = $state(RFC_SAMPLE_KEY);
  which: HandshakeCase = $state('ok');
  stepIndex = $state(0);

  readonly keyCheck: HandshakeKeyCheck = $derived(checkHandshakeKey(this.keyText));
  readonly walk: HandshakeWalk = $derived(handshakeWalk(this.key, this.which));
  readonly step: HandshakeStep = $derived(this.walk.steps[Math.min(this.stepIndex, this.walk.steps.length - 1)]!);
  readonly stepCount: number = $derived(this.walk.steps.length);

  #link: HashLink | null = null;

  /** The reader typed in the key box. */
  setKeyText(text: string): void {
    this.keyText = text;
    if (checkHandshakeKey(text).ok) this.key = text.trim();
  }

  /** A fresh random key, as a browser makes one for every connection. */
  generateKey(fill: RandomFill): void {
    const bytes = new Uint8Array(HANDSHAKE_KEY_BYTES);
    fill(bytes);
    this.setKeyText(encodeBase64(bytes));
  }

  /** Shows another case, from its first step. */
  setCase(which: HandshakeCase): void {
    this.which = which;
    this.stepIndex = 0;
    this.#writeHash();
  }

  goTo(index: number): void {
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
    this.stepIndex = hashIndex(hash, HANDSHAKE_HASH_KEYS.step, this.stepCount) ?? 0;
  }

  next(): void {
    this.goTo(this.stepIndex + 1);
  }

  previous(): void {
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
    else this.goTo(command === 'first' ? 0 : this.stepCount - 1);
    return true;
  }

  #writeHash(): void {
    if (!this.#link) return;
    const stepped = withHashParam(this.#link.read(), HANDSHAKE_HASH_KEYS.step, this.stepIndex + 1);
    this.#link.write(withHashParam(stepped, HANDSHAKE_HASH_KEYS.case, this.which === 'ok' ? undefined : this.which));
  }
}
