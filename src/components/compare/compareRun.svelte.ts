/**
 * The compare widget's state: the reader's knobs, the cards and table they
 * give, the four runs and one player whose time drives all four diagrams (over
 * a merged clock timeline). The page opens on cards the simulator computed at
 * build time; the simulator itself loads and runs only when something needs new
 * runs (a knob, a preset, the diagrams or the charts). Changing a knob re-runs
 * the four scenarios and keeps the time.
 */
import type { TechniqueResult } from '../../sim';
import { verdicts, type Verdict } from '../../lib/compare/verdicts';
import { defaultCompareKnobs, presetKnobs, sameCompareKnobs, type CompareKnobs, type PresetName } from '../../widgets/compareKnobs';
import type { TimelinePlayer } from '../timelinePlayer.svelte';
import { yieldToMain } from './yieldToMain';

/** Clients the scale calculator starts with. */
export const DEFAULT_CLIENTS = 10_000;
export const MAX_CLIENTS = 10_000_000;

/** The cards of one knob set, computed ahead (at build time, by the simulator) and handed to the island as a prop. */
export interface PrecomputedComparison {
  readonly knobs: CompareKnobs;
  readonly cards: readonly Verdict[];
}

/** Knobs, cards, runs, the shared player and the calculator's client count. */
export class CompareRun {
  knobs: CompareKnobs = $state.raw(defaultCompareKnobs());
  cards: readonly Verdict[] = $state.raw([]);
  /** The four runs of the current knobs, once simulated. */
  results: readonly TechniqueResult[] | undefined = $state.raw();
  /** Created with the first runs. */
  player: TimelinePlayer | undefined = $state.raw();
  clients = $state(DEFAULT_CLIENTS);
  #startTime: number | undefined;
  #autoplay = false;
  #ranFor: CompareKnobs | undefined;
  /** The knobs the shown cards are for (the precomputed ones at first). */
  #cardsFor: CompareKnobs | undefined;
  #pending: Promise<void> = Promise.resolve();
  #latest = 0;

  constructor(precomputed?: PrecomputedComparison) {
    if (!precomputed) return;
    this.knobs = precomputed.knobs;
    this.cards = precomputed.cards;
    this.#cardsFor = precomputed.knobs;
  }

  /** The player's simulated time, or where it will open. */
  get time(): number {
    return this.player?.time ?? this.#startTime ?? 0;
  }

  /** Where the player opens once it exists (or moves it now), and whether it then plays. */
  startAt(time: number | undefined, autoplay = false): void {
    this.#startTime = time;
    this.#autoplay = autoplay;
    if (!this.player) return;
    if (time !== undefined) this.player.seek(time, false);
    if (autoplay) this.player.play();
  }

  /** Simulates the current knobs unless that is done or under way; resolves when the runs are in. */
  load(): Promise<void> {
    return this.#ranFor === this.knobs ? this.#pending : this.#run(this.knobs);
  }

  /** Applies new knobs: four new runs, the player keeps its time (clamped). */
  setKnobs(knobs: CompareKnobs): Promise<void> {
    this.knobs = knobs;
    return this.#run(knobs);
  }

  /** Changes one knob. */
  setKnob(name: keyof CompareKnobs, value: number | string): Promise<void> {
    return this.setKnobs({ ...this.knobs, [name]: value });
  }

  /** Loads a preset over the defaults. */
  applyPreset(preset: PresetName): Promise<void> {
    return this.setKnobs(presetKnobs(preset));
  }

  /** Back to every default. */
  reset(): Promise<void> {
    return this.setKnobs(defaultCompareKnobs());
  }

  /** The calculator's N (rounded, clamped to 1 … MAX_CLIENTS). */
  setClients(clients: number): void {
    if (Number.isFinite(clients)) this.clients = Math.min(MAX_CLIENTS, Math.max(1, Math.round(clients)));
  }

  #run(knobs: CompareKnobs): Promise<void> {
    this.#ranFor = knobs;
    const id = ++this.#latest;
    this.#pending = (async () => {
      const engine = await import('./compareOnDemand');
      const runs = await engine.compareEngine(knobs, yieldToMain);
      // A newer knob set has started meanwhile: its runs win.
      if (id !== this.#latest) return;
      // The build-time cards are these runs' cards already: re-rendering them (cards and table) would only cost a task.
      if (!this.#cardsFor || !sameCompareKnobs(knobs, this.#cardsFor)) {
        this.cards = verdicts(runs.results);
        this.#cardsFor = knobs;
        // The cards and table re-render in one task, the player and diagrams in the next (together they ran past 50 ms).
        await yieldToMain();
        if (id !== this.#latest) return;
      }
      this.results = runs.results;
      if (this.player) {
        this.player.setTimeline(runs.clock);
        return;
      }
      const player = engine.comparePlayer(runs.clock);
      if (this.#startTime !== undefined) player.seek(this.#startTime, false);
      if (this.#autoplay) player.play();
      this.player = player;
    })();
    return this.#pending;
  }
}
