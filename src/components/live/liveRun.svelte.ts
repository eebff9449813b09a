/**
 * The live panel's state: the reader's settings, the connected link (an
 * adapter over fetch, a stream reader or a WebSocket), what it measured, and
 * the simulator's prediction for the same run. It owns the only sockets and
 * timers of the panel and lets go of them in `dispose`.
 */
import { t } from '../../i18n/live';
import { bestClockSample, causalOffset, type ClockSample } from '../../lib/live/clockSample';
import type { Sentence } from '../../lib/live/endMessage';
import type { ArrivedEvent, LinkEnd, LinkOptions, LiveLink, MadeRequest } from '../../lib/live/liveLink';
import type { LiveTechnique } from '../../lib/live/liveTechnique';
import { measuredSummary, predictionInputOf, type MeasuredSummary } from '../../lib/live/measuredSummary';
import type { Prediction } from '../../lib/live/predictLive';
import type { PageFacts } from '../../lib/live/modelRequestHead';
import type { HeadLineDiff } from '../../lib/live/requestHeadDiff';
import type { RunningMock } from '../../lib/live/mock/startLiveMock';
import type { HttpHeader } from '../../sim';

/** The code a connected run needs (links, probe, simulator), loaded when the reader first connects. */
type LiveEngine = typeof import('../../lib/live/liveEngine');

/** Where the endpoints are: a live server, or the in-page mock. */
export type LiveMode = 'server' | 'mock';
export type LiveStatus = 'idle' | 'connecting' | 'open' | 'ended';
/** Why connecting failed before any link existed. */
export type ConnectFailure = 'unreachable' | 'not-live';

/** The request head: the server's count vs the header model's, and the lines the model got wrong (latest request). */
export interface HeadFigures {
  readonly measured: number | undefined;
  readonly predicted: number | undefined;
  /** Undefined until the server reported the lines it received (the in-browser mock does not). */
  readonly diff: readonly HeadLineDiff[] | undefined;
  /** The Chromium version the header model follows. */
  readonly modelVersion?: string;
}

/** The settings the reader chooses. */
export interface LiveSettings {
  readonly technique: LiveTechnique;
  readonly rate: number;
  readonly pollIntervalMs: number;
  readonly holdTimeoutMs: number;
}

// The most recent events the panel keeps (and the simulator replays): enough for a chart, small enough to re-run on every event.
const KEEP_EVENTS = 200;

const clientNow = (): number => performance.timeOrigin + performance.now();
const meanOf = (values: readonly number[]): number | undefined => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

/** One live panel's run. */
export class LiveRun {
  settings: LiveSettings = $state.raw({ technique: 'polling', rate: 2, pollIntervalMs: 500, holdTimeoutMs: 10_000 });
  mode: LiveMode = $state.raw('server');
  status: LiveStatus = $state.raw('idle');
  failure: ConnectFailure | undefined = $state.raw(undefined);
  end: LinkEnd | undefined = $state.raw(undefined);
  events: readonly ArrivedEvent[] = $state.raw([]);
  requests = $state(0);
  clock: ClockSample | undefined = $state.raw(undefined);
  samplesTaken = $state(0);
  head: HeadFigures = $state.raw({ measured: undefined, predicted: undefined, diff: undefined });
  private requestHeads: number[] = [];
  private modelHeads: number[] = [];
  private page: PageFacts | undefined;
  private responseHeaders: readonly HttpHeader[] | undefined;
  private samples: ClockSample[] = [];
  private connectedAt = 0;
  private link: LiveLink | undefined;
  private engine: LiveEngine | undefined = $state.raw(undefined);
  private mock: RunningMock | undefined;
  private attempt = 0;

  /** Server clock − page clock, from the best sample, kept causal (see `causalOffset`). */
  readonly offsetMs: number = $derived(this.clock ? causalOffset(this.clock, this.events) : 0);

  /** What was measured, with the current clock estimate. */
  readonly measured: MeasuredSummary = $derived(measuredSummary(this.events, this.offsetMs));

  /** The simulator's prediction for the same run, once an event arrived. */
  readonly prediction: Prediction | undefined = $derived.by(() => {
    const engine = this.engine;
    if (!engine || !this.clock || this.events.length === 0) return undefined;
    const input = predictionInputOf({
      technique: this.settings.technique, events: this.events, offsetMs: this.offsetMs, rttMs: this.clock.rttMs,
      connectedAt: this.connectedAt, now: this.events.at(-1)!.arrivedAt, pollIntervalMs: this.settings.pollIntervalMs,
      holdTimeoutMs: this.settings.holdTimeoutMs, requestHeadBytes: this.modelHeads, responseHeaders: this.responseHeaders,
    });
    return input && engine.predictLive(input);
  });

  /** Why the link stopped, in words (close codes named and explained). */
  readonly endSentence: Sentence | undefined = $derived(this.end && this.engine ? this.engine.endMessage(this.end, t) : undefined);

  /** Changes a setting; a new technique or interval applies on the next connect, a new rate at once. */
  set<K extends keyof LiveSettings>(name: K, value: LiveSettings[K]): void {
    this.settings = { ...this.settings, [name]: value };
    if (name === 'rate' && this.link) void this.link.setRate(value as number).catch(() => {});
  }

  /** Probes the server (falling back to the mock), then opens the chosen technique. */
  async connect(): Promise<void> {
    this.disconnect();
    const attempt = ++this.attempt;
    this.status = 'connecting';
    this.failure = undefined;
    this.end = undefined;
    this.events = [];
    this.requests = 0;
    this.requestHeads = [];
    this.modelHeads = [];
    this.head = { measured: undefined, predicted: undefined, diff: undefined };
    this.responseHeaders = undefined;
    this.samples = [];
    this.samplesTaken = 0;
    this.clock = undefined;
    this.connectedAt = clientNow();
    const session = `live-${Math.random().toString(36).slice(2, 10)}`;
    const origin = location.origin;
    const engine = (this.engine ??= await import('../../lib/live/liveEngine'));
    this.page = engine.pageFacts();
    const { probeLive } = engine;
    let probe = await probeLive(origin, session, this.settings.rate, clientNow);
    if (!probe.ok && this.mode === 'server') {
      const { startLiveMock } = await import('../../lib/live/mock/startLiveMock');
      this.mock = await startLiveMock(origin);
      this.mode = 'mock';
      probe = await probeLive(origin, session, this.settings.rate, clientNow);
    }
    if (attempt !== this.attempt) return;
    if (!probe.ok) {
      this.failure = probe.reason;
      this.status = 'ended';
      return;
    }
    probe.samples.forEach((sample) => this.addSample(sample));
    const options: LinkOptions = {
      httpBase: origin, wsBase: origin.replace(/^http/, 'ws'), session, rate: this.settings.rate,
      pollIntervalMs: this.settings.pollIntervalMs, holdTimeoutMs: this.settings.holdTimeoutMs, now: clientNow,
      sink: {
        event: (event) => { if (attempt === this.attempt) this.events = [...this.events.slice(1 - KEEP_EVENTS), event]; },
        request: (request) => {
          if (attempt !== this.attempt) return;
          this.requests += 1;
          if (request.requestHeadBytes !== undefined) this.requestHeads.push(request.requestHeadBytes);
          if (request.responseHeaders) this.responseHeaders = request.responseHeaders;
          this.compareHead(engine, request);
        },
        clock: (sample) => { if (attempt === this.attempt) this.addSample(sample); },
        ended: (end) => {
          if (attempt !== this.attempt) return;
          this.end = end;
          this.status = 'ended';
          this.link = undefined;
        },
      },
    };
    const { technique } = this.settings;
    // The simulated run starts with the technique's first request, as the real one does (after the probes).
    this.connectedAt = clientNow();
    this.status = 'open';
    this.link = technique === 'sse' ? engine.sseLink(options)
      : technique === 'websocket' ? engine.wsLink(options)
      : engine.pollLink(options, technique === 'long-polling');
  }

  /** Sends a message through the open technique. */
  async send(text: string): Promise<void> {
    await this.link?.send(text);
  }

  /** Closes the link; the figures stay on screen. */
  disconnect(): void {
    this.link?.close();
    this.link = undefined;
  }

  /** Closes everything the run opened (the island is going away). */
  dispose(): void {
    this.attempt += 1;
    this.disconnect();
    this.mock?.stop();
  }

  /** The header model's head for the request the page made, beside the server's count and lines. */
  private compareHead(engine: LiveEngine, request: MadeRequest): void {
    if (!request.sent || !this.page) return;
    const model = engine.modelRequestHead(this.page, request.sent);
    this.modelHeads.push(model.bytes);
    const measured = request.requestHeadBytes;
    const diff = measured !== undefined && request.requestHeaderLines
      ? engine.requestHeadDiff(model, { bytes: measured, lines: request.requestHeaderLines })
      : undefined;
    this.head = { measured: meanOf(this.requestHeads), predicted: meanOf(this.modelHeads), diff, modelVersion: engine.CHROME_MODEL_VERSION };
  }

  private addSample(sample: ClockSample): void {
    this.samples.push(sample);
    this.samplesTaken = this.samples.length;
    const best = bestClockSample(this.samples);
    // The mock runs on this page's clock: its offset is zero by construction, whatever the asymmetric service-worker path suggests.
    this.clock = best && this.mode === 'mock' ? { offsetMs: 0, rttMs: best.rttMs } : best;
  }
}
