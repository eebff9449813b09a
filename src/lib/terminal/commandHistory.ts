/** How many typed lines ↑ can bring back. */
export const HISTORY_LIMIT = 100;

/**
 * The lines typed so far, walked with ↑ and ↓ as in a shell: ↑ goes to older
 * lines, ↓ back towards the line being typed, which is kept as it was.
 */
export class CommandHistory {
  readonly #lines: string[] = [];
  // Position while walking: lines.length means "the line being typed".
  #position = 0;
  #draft = '';

  /** Remembers a submitted line (not blank ones, nor a repeat of the last) and stops walking. */
  push(line: string): void {
    if (line.trim() !== '' && this.#lines.at(-1) !== line) this.#lines.push(line);
    if (this.#lines.length > HISTORY_LIMIT) this.#lines.shift();
    this.#position = this.#lines.length;
    this.#draft = '';
  }

  /** The line before, given what is in the input now; undefined at the oldest line. */
  older(current: string): string | undefined {
    if (this.#position === 0) return undefined;
    if (this.#position === this.#lines.length) this.#draft = current;
    this.#position--;
    return this.#lines[this.#position];
  }

  /** The line after; past the newest, the line that was being typed. Undefined when not walking. */
  newer(): string | undefined {
    if (this.#position >= this.#lines.length) return undefined;
    this.#position++;
    return this.#position === this.#lines.length ? this.#draft : this.#lines[this.#position];
  }
}
