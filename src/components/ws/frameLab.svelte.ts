/**
 * The frame lab's state: which tab, which side reads, the hex the reader typed
 * (kept verbatim, valid or not) and the compose form. Everything shown is
 * derived through the codec; the link (#hex=&role=) is written after each
 * change through an injected writer, so tests need no browser history.
 */
import { bytesToHex, type MessageInflater, type Role, type WireInspection } from '../../sim';
import { defaultComposeForm, type ComposeForm } from '../../lib/ws/composeForm';
import type { ComposeResult } from '../../lib/ws/composeFrame';
import { findLabExample } from '../../lib/ws/labExamples';
import { compactHex, parseHexInput, type HexInput } from '../../lib/ws/parseHexInput';
import type { LabQuery } from '../../lib/ws/labQuery';

export type LabMode = 'decode' | 'compose';

/** The reader, encoder and views loaded on first use (`frameLabParts.ts`). */
export type FrameLabParts = typeof import('./frameLabParts');

/** Writes the lab's link (hex as it should appear in #hex=, the role, and the frame shown, 1-based). */
export type LabLinkWriter = (hex: string, role: Role, frame: number) => void;

/** One frame lab. */
export class FrameLabRun {
  mode: LabMode = $state('decode');
  role: Role = $state('server');
  hexText = $state('');
  form: ComposeForm = $state.raw(defaultComposeForm);
  /** Read as if permessage-deflate was agreed (RFC 7692, context takeover both ways): RSV1 messages are inflated. */
  deflate = $state(false);
  /** Index of the frame shown in the inspector. */
  selected = $state(0);

  /**
   * The reader, encoder and their views: null until the reader first gives the lab bytes or opens the composer.
   * Until then the bytes are kept and nothing is lost; the report appears when they arrive.
   */
  parts: FrameLabParts | null = $state.raw(null);
  #loading: Promise<FrameLabParts> | null = null;

  readonly parsed: HexInput = $derived(parseHexInput(this.hexText));
  /** The composed frame; null until the encoder has loaded. */
  readonly composed: ComposeResult | null = $derived(this.parts ? this.parts.composeFrame(this.form) : null);
  /** The bytes being read: the composed frame, or the pasted ones once they parse. */
  readonly bytes: Uint8Array | null = $derived(
    this.mode === 'compose' ? (this.composed?.ok ? this.composed.view.bytes : null) : this.parsed.ok && this.parsed.bytes.length > 0 ? this.parsed.bytes : null,
  );
  /**
   * permessage-deflate's decompressor (and its DEFLATE library) loads when the reader first turns it on:
   * most frames need none, and the frame lab stays within the lesson pages' JavaScript budget.
   */
  #makeInflater: ((role: Role) => MessageInflater) | null = $state.raw(null);
  readonly inspection: WireInspection | null = $derived(
    this.bytes && this.parts
      ? this.parts.inspectWireWith(this.bytes, {
          role: this.role,
          ...(this.deflate && this.#makeInflater ? { inflater: this.#makeInflater(this.role) } : {}),
        })
      : null,
  );

  #link: LabLinkWriter | null = null;

  /** Loads the reader, encoder and views (once; later calls share the download). */
  load(): Promise<FrameLabParts> {
    this.#loading ??= import('./frameLabParts').then(
      (parts) => (this.parts = parts),
      (error: unknown) => {
        this.#loading = null; // a failed download (e.g. offline) is retried on the next action
        throw error;
      },
    );
    return this.#loading;
  }

  /** Starts from a link's query, then keeps the link up to date through `write`. */
  restore(query: LabQuery, write: LabLinkWriter | null): void {
    if (query.hex) void this.load();
    if (query.hex !== undefined) this.hexText = query.hex;
    if (query.role !== undefined) this.role = query.role;
    this.selected = (query.frame ?? 1) - 1;
    this.#link = write;
  }

  /** Writes the link for the current state (e.g. to move an old ?hex= link into the fragment). */
  relink(): void {
    this.#changed();
  }

  setMode(mode: LabMode): void {
    if (mode === 'compose') void this.load();
    this.mode = mode;
    this.#changed();
  }

  setRole(role: Role): void {
    this.role = role;
    this.#changed();
  }

  /** Turns permessage-deflate on or off; resolves once its decompressor has loaded. */
  async setDeflate(on: boolean): Promise<void> {
    if (on && !this.#makeInflater) {
      const [{ inflaterFor }, { agreementOf }] = await Promise.all([
        import('../../sim/ws/permessageDeflate/endpointDeflate'),
        import('../../sim/ws/permessageDeflate/negotiateDeflate'),
      ]);
      // What ws and Chromium agree on by default: 15-bit windows, context takeover both ways.
      const agreement = agreementOf({ serverNoContextTakeover: false, clientNoContextTakeover: false });
      this.#makeInflater = (role) => inflaterFor(agreement, role);
    }
    this.deflate = on;
    this.#changed();
  }

  setHex(text: string): void {
    if (text.trim()) void this.load();
    this.hexText = text;
    this.#changed();
  }

  setForm(patch: Partial<ComposeForm>): void {
    void this.load();
    this.form = { ...this.form, ...patch };
    this.#changed();
  }

  /** Shows frame `index` in the inspector, and says so in the link. */
  select(index: number): void {
    this.selected = index;
    this.#write();
  }

  /** Loads an example into the paste box, read by the side it is meant for. */
  loadExample(id: string): void {
    const example = findLabExample(id);
    if (!example) return;
    void this.load();
    this.mode = 'decode';
    this.hexText = bytesToHex(example.bytes);
    this.role = example.role;
    this.#changed();
  }

  /** Copies the composed frame into the paste box, to edit by hand. */
  composedToDecoder(): void {
    if (!this.composed?.ok) return;
    this.hexText = bytesToHex(this.composed.view.bytes);
    this.setMode('decode');
  }

  #changed(): void {
    this.selected = 0;
    // The composed frame's hex is known once the encoder is here: write the link then.
    if (this.mode === 'compose' && !this.parts) void this.load().then(() => this.#write(), () => undefined);
    else this.#write();
  }

  #write(): void {
    if (!this.#link) return;
    // Valid hex travels compact; anything else exactly as typed, so a shared link loses nothing.
    const hex = this.mode === 'compose' ? (this.composed?.ok ? compactHex(this.composed.view.bytes) : '') : this.parsed.ok ? compactHex(this.parsed.bytes) : this.hexText;
    this.#link(hex, this.role, this.selected + 1);
  }
}
