/**
 * The runner behind every lesson widget: which moment of the timeline is on
 * screen, whether it plays, how fast, and which message is selected. It owns
 * the only animation clock; components read its fields and call its methods.
 */
import { stateAt } from '../sim';
import type { Timeline, TimelineState, Transfer } from '../sim';
import { formatHashState, parseHashState, type HashPosition } from '../lib/hashState';
import { playerKeyCommand, type KeyPress, type PlayerCommand } from '../lib/playerKeyCommand';
import type { HashLink } from '../lib/browserHashLink';
import { browserFrameClock, FrameLoop, type FrameClock } from '../lib/frameLoop';

export type { FrameClock, HashLink };

/** Speed ladder, as multiples of BASE_RATE; `[` and `]` move along it. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
/** Index of 1× in SPEEDS. */
export const DEFAULT_SPEED_INDEX = 2;
/**
 * Simulated ms per real ms at 1×: a tenth of real time. A 50 ms one-way trip
 * then takes half a second to cross the diagram — slow enough to follow, and a
 * 1 s poll interval passes in 10 s (1.25 s at 8×).
 */
export const BASE_RATE = 0.1;
/** With reduced motion, playing jumps one step per this many real ms (at 1×) instead of moving continuously. */
export const REDUCED_MOTION_STEP_MS = 1500;

/** How a player behaves. */
export interface PlayerOptions {
  /** `prefers-reduced-motion: reduce`: play step by step, with nothing moving continuously. */
  readonly reducedMotion?: boolean;
  readonly clock?: FrameClock;
}

/** Plays one timeline: time, play state, speed and selection, as runes. */
export class TimelinePlayer {
  timeline: Timeline = $state.raw()!;
  time = $state(0);
  playing = $state(false);
  speedIndex = $state(DEFAULT_SPEED_INDEX);
  selectedTransferId = $state<number | null>(null);
  readonly reducedMotion: boolean;

  // Step navigation pins a step index: several steps can share one time, and stepping must visit each.
  #pinned = $state<number | null>(-1);
  #loop: FrameLoop;
  #sinceStep = 0;
  #hash: HashLink | null = null;
  #prefix = '';

  /** What is on the wire and held at the current time. */
  readonly state: TimelineState = $derived(stateAt(this.timeline, this.time));
  /** Index of the current step (-1 before the first). */
  readonly stepIndex: number = $derived(this.#pinnedStep() ?? this.state.stepIndex);
  /** Current multiple of BASE_RATE. */
  readonly speed: number = $derived(SPEEDS[this.speedIndex]!);
  /** The transfer shown in the byte inspector, if any. */
  readonly selectedTransfer: Transfer | null = $derived(
    this.selectedTransferId === null ? null : (this.timeline.transfers[this.selectedTransferId] ?? null),
  );

  constructor(timeline: Timeline, options: PlayerOptions = {}) {
    this.timeline = timeline;
    this.reducedMotion = options.reducedMotion ?? false;
    this.#loop = new FrameLoop(options.clock ?? browserFrameClock, (elapsed) => this.#advance(elapsed));
  }

  /** Number of steps in the timeline. */
  get stepCount(): number {
    return this.timeline.steps.length;
  }

  /** Starts playing (from the beginning if at the end). */
  play(): void {
    if (this.playing || this.stepCount === 0) return;
    if (this.stepIndex >= this.stepCount - 1) this.#jump(-1);
    this.playing = true;
    this.#sinceStep = 0;
    // With reduced motion the first step comes at once, so pressing play visibly does something.
    if (this.reducedMotion && !this.#advanceStep()) return;
    this.#loop.start();
  }

  /** Stops playing and records the position in the deep link. */
  pause(): void {
    this.#halt();
    this.#writeHash();
  }

  /** Play if paused, pause if playing. */
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Goes to the next step. */
  stepForward(): void {
    if (this.stepIndex + 1 < this.stepCount) this.goToStep(this.stepIndex + 1);
    else this.#halt();
  }

  /** Goes back to the current step's start if between steps, else to the previous step. */
  stepBack(): void {
    const current = this.timeline.steps[this.stepIndex];
    this.goToStep(current && current.time < this.time ? this.stepIndex : this.stepIndex - 1);
  }

  /** Before the first step, at time 0. */
  home(): void {
    this.goToStep(-1);
  }

  /** The last step. */
  end(): void {
    this.goToStep(this.stepCount - 1);
  }

  /** Jumps to step `index` (clamped; -1 is before the first) and selects its transfer, if it has one. */
  goToStep(index: number): void {
    this.#halt();
    this.#jump(index);
    this.#writeHash();
  }

  /** Moves to simulated time `t` (clamped). Pass `record: false` while a scrubber drags, then call `recordPosition()`. */
  seek(t: number, record = true): void {
    this.time = clamp(Number.isFinite(t) ? t : 0, 0, this.timeline.duration);
    this.#pinned = null;
    if (record) this.#writeHash();
  }

  /** Writes the current position to the deep link now. */
  recordPosition(): void {
    this.#writeHash();
  }

  /** One rung up the speed ladder. */
  faster(): void {
    this.setSpeed(this.speedIndex + 1);
  }

  /** One rung down the speed ladder. */
  slower(): void {
    this.setSpeed(this.speedIndex - 1);
  }

  /** Picks a rung of SPEEDS (clamped). */
  setSpeed(index: number): void {
    this.speedIndex = clamp(Math.round(index), 0, SPEEDS.length - 1);
  }

  /** Selects a transfer for the inspector (null clears). */
  select(transferId: number | null): void {
    this.selectedTransferId = transferId;
  }

  /** Swaps in a new timeline (parameters changed), keeping the time where it was as far as the new one reaches. */
  setTimeline(timeline: Timeline): void {
    const pinned = this.#pinnedStep();
    this.timeline = timeline;
    this.time = clamp(this.time, 0, timeline.duration);
    this.#pinned = pinned !== null && (pinned === -1 || timeline.steps[pinned]?.time === this.time) ? pinned : null;
    if (this.selectedTransferId !== null && this.selectedTransferId >= timeline.transfers.length) this.selectedTransferId = null;
  }

  /** Carries out a keyboard command. */
  run(command: PlayerCommand): void {
    switch (command.kind) {
      case 'toggle':
        return this.toggle();
      case 'step':
        return command.delta > 0 ? this.stepForward() : this.stepBack();
      case 'home':
        return this.home();
      case 'end':
        return this.end();
      case 'speed':
        return command.delta > 0 ? this.faster() : this.slower();
    }
  }

  /** Handles a key pressed inside the widget (Space, ←/→, Home/End, [ ]); a key already handled below is left alone. */
  handleKeydown(event: KeyPress & { readonly defaultPrevented: boolean; preventDefault(): void }): void {
    if (event.defaultPrevented) return;
    const command = playerKeyCommand(event);
    if (!command) return;
    event.preventDefault();
    this.run(command);
  }

  /** Keeps the position in `link` from now on (`prefix`: `sockjs.` for `#sockjs.step=`, a second player on the page), after moving to where it points (a malformed link means the start). */
  linkHash(link: HashLink, prefix = ''): void {
    this.#hash = link;
    this.#prefix = prefix;
    this.restoreHash();
  }

  /** Moves to where the linked hash points. */
  restoreHash(): void {
    if (!this.#hash) return;
    this.#halt();
    const { position } = parseHashState(this.#hash.read(), this.#prefix);
    if (position.kind === 'step') this.#jump(position.step - 1);
    else if (position.kind === 't') this.seek(position.time, false);
    else this.#jump(-1);
  }

  /** Stops the clock and forgets the hash link; call when the widget is destroyed. */
  dispose(): void {
    this.#halt();
    this.#hash = null;
  }

  // One animation frame of playback: continuous time, or with reduced motion a whole step now and then.
  #advance(elapsed: number): void {
    if (this.reducedMotion) {
      this.#sinceStep += elapsed;
      if (this.#sinceStep < REDUCED_MOTION_STEP_MS / this.speed) return;
      this.#sinceStep = 0;
      this.#advanceStep();
      return;
    }
    this.time = Math.min(this.timeline.duration, this.time + elapsed * BASE_RATE * this.speed);
    this.#pinned = null;
    if (this.time >= this.timeline.duration) this.pause();
  }

  // One step of reduced-motion playback; pauses on the last step. False when playback ended.
  #advanceStep(): boolean {
    if (this.stepIndex + 1 < this.stepCount) this.#jump(this.stepIndex + 1);
    if (this.stepIndex + 1 < this.stepCount) return true;
    this.pause();
    return false;
  }

  #jump(index: number): void {
    const target = clamp(Math.trunc(index), -1, this.stepCount - 1);
    const step = this.timeline.steps[target];
    this.time = step ? step.time : 0;
    this.#pinned = target;
    // The inspector follows along: a step that sends or delivers a message selects it.
    if (step && (step.kind === 'send' || step.kind === 'arrive')) this.selectedTransferId = step.transferId;
  }

  #halt(): void {
    this.playing = false;
    this.#loop.stop();
  }

  #pinnedStep(): number | null {
    const pinned = this.#pinned;
    if (pinned === null) return null;
    if (pinned === -1) return this.time <= (this.timeline.steps[0]?.time ?? 0) ? -1 : null;
    return this.timeline.steps[pinned]?.time === this.time ? pinned : null;
  }

  #writeHash(): void {
    if (!this.#hash) return;
    const pinned = this.#pinnedStep();
    const position: HashPosition = pinned !== null ? { kind: 'step', step: pinned + 1 } : { kind: 't', time: this.time };
    this.#hash.write(formatHashState({ position, others: parseHashState(this.#hash.read(), this.#prefix).others }, this.#prefix));
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
