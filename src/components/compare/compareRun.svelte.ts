/**
 * The compare widget's state: the reader's knobs, the four runs they produce,
 * and one player whose time drives all four diagrams (over a merged clock
 * timeline). Changing a knob re-runs the four scenarios and keeps the time.
 */
import { compareTechniques, type TechniqueResult } from '../../sim';
import { clockTimeline } from '../../lib/compare/clockTimeline';
import { defaultCompareKnobs, presetKnobs, toCompareParams, type CompareKnobs, type PresetName } from '../../widgets/compareKnobs';
import { TimelinePlayer, type PlayerOptions } from '../timelinePlayer.svelte';

/** Clients the scale calculator starts with. */
export const DEFAULT_CLIENTS = 10_000;
export const MAX_CLIENTS = 10_000_000;

/** Knobs, runs, the shared player and the calculator's client count. */
export class CompareRun {
  knobs: CompareKnobs = $state.raw(defaultCompareKnobs());
  results: readonly TechniqueResult[] = $state.raw([]);
  clients = $state(DEFAULT_CLIENTS);
  readonly player: TimelinePlayer;

  constructor(options: PlayerOptions = {}) {
    this.results = compareTechniques(toCompareParams(this.knobs));
    this.player = new TimelinePlayer(clockTimeline(this.results.map((r) => r.timeline)), options);
  }

  /** Applies new knobs: four new runs, the player keeps its time (clamped). */
  setKnobs(knobs: CompareKnobs): void {
    this.knobs = knobs;
    this.results = compareTechniques(toCompareParams(knobs));
    this.player.setTimeline(clockTimeline(this.results.map((r) => r.timeline)));
  }

  /** Changes one knob. */
  setKnob(name: keyof CompareKnobs, value: number | string): void {
    this.setKnobs({ ...this.knobs, [name]: value });
  }

  /** Loads a preset over the defaults. */
  applyPreset(preset: PresetName): void {
    this.setKnobs(presetKnobs(preset));
  }

  /** Back to every default. */
  reset(): void {
    this.setKnobs(defaultCompareKnobs());
  }

  /** The calculator's N (rounded, clamped to 1 … MAX_CLIENTS). */
  setClients(clients: number): void {
    if (Number.isFinite(clients)) this.clients = Math.min(MAX_CLIENTS, Math.max(1, Math.round(clients)));
  }
}
