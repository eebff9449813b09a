/**
 * The figures lesson prose quotes, computed at build time by running the same
 * scenarios the widgets run with their default knobs. Nothing here is typed in:
 * change the simulator or the defaults and the prose follows.
 */
import { runScenario, type ScenarioName, type Timeline, type Transfer } from '../sim';
import { defaultKnobs, type Knobs } from './knobs';
import { toScenarioParams } from './toScenarioParams';

const PERCENT = 100;
const MS_PER_SECOND = 1000;

function run(scenario: ScenarioName, overrides: Partial<Knobs> = {}): Timeline {
  return runScenario(scenario, toScenarioParams(scenario, { ...defaultKnobs(), ...overrides }));
}

function first(timeline: Timeline, match: (t: Transfer) => boolean): Transfer {
  const found = timeline.transfers.find(match);
  if (!found) throw new Error(`lessonFacts: the ${timeline.scenario} timeline has no such transfer`);
  return found;
}

function payloadShare(timeline: Timeline): number {
  const m = timeline.metrics;
  return ((m.payloadBytes.up + m.payloadBytes.down) / m.totalBytes) * PERCENT;
}

function pollingRun(overrides: Partial<Knobs> = {}) {
  const timeline = run('polling', overrides);
  const m = timeline.metrics;
  return {
    timeline,
    intervalMs: { ...defaultKnobs(), ...overrides }.intervalMs,
    meanLatency: m.latency.mean,
    maxLatency: m.latency.max,
    requests: m.requests,
    emptyResponses: m.emptyResponses,
    emptyShare: (m.emptyResponses / Math.max(1, m.requests)) * PERCENT,
  };
}

/** Figures for the polling lesson. */
export function pollingFacts() {
  const knobs = defaultKnobs();
  const base = pollingRun();
  const { timeline } = base;
  const request = first(timeline, (t) => t.kind === 'http-request');
  const empty = first(timeline, (t) => t.kind === 'http-response' && t.carries.length === 0);
  const fastInterval = knobs.intervalMs / 4;
  const fast = pollingRun({ intervalMs: fastInterval });
  return {
    ...base,
    latencyMs: knobs.latencyMs,
    requestBytes: request.bytes.length,
    emptyResponseBytes: empty.bytes.length,
    events: timeline.metrics.events,
    durationS: timeline.duration / MS_PER_SECOND,
    payloadShare: payloadShare(timeline),
    fast: { intervalMs: fastInterval, meanLatency: fast.meanLatency, requests: fast.requests, emptyShare: fast.emptyShare },
  };
}

/** Figures for the long-polling lesson. */
export function longPollingFacts() {
  const knobs = defaultKnobs();
  const timeline = run('long-polling');
  const request = first(timeline, (t) => t.kind === 'http-request');
  const response = first(timeline, (t) => t.kind === 'http-response' && t.carries.length > 0);
  // A single event far from any other: its latency is what long polling does at its best.
  const lone = run('long-polling', { pattern: 'periodic', eventRate: 1 });
  const floodRate = 20;
  const flood = run('long-polling', { eventRate: floodRate, pattern: 'periodic' });
  const floodResponses = flood.transfers.filter((t) => t.kind === 'http-response' && t.carries.length > 0).length;
  return {
    holdTimeoutMs: knobs.holdTimeoutMs,
    latencyMs: knobs.latencyMs,
    loneLatency: lone.metrics.latency.min,
    requestBytes: request.bytes.length,
    responseHeaderBytes: response.headerBytes,
    payloadBytes: response.payloadBytes / Math.max(1, response.carries.length),
    requestsPerEvent: timeline.metrics.requests / Math.max(1, timeline.metrics.delivered),
    flood: {
      eventRate: floodRate,
      requests: flood.metrics.requests,
      events: flood.metrics.events,
      eventsPerResponse: flood.metrics.delivered / Math.max(1, floodResponses),
      meanLatency: flood.metrics.latency.mean,
    },
  };
}

/** Figures for the streaming lesson. */
export function streamingFacts() {
  const knobs = defaultKnobs();
  const sse = run('streaming', { mode: 'sse' });
  const chunked = run('streaming', { mode: 'chunked' });
  const request = first(sse, (t) => t.kind === 'http-request');
  const head = first(sse, (t) => t.kind === 'http-response-head');
  const sseEvent = first(sse, (t) => t.kind === 'sse-event');
  const chunk = first(chunked, (t) => t.kind === 'http-chunk' && t.carries.length > 0);
  const post = first(sse, (t) => t.kind === 'http-request' && t.summary.startsWith('POST'));
  return {
    latencyMs: knobs.latencyMs,
    meanLatency: sse.metrics.latency.mean,
    requestBytes: request.bytes.length,
    headBytes: head.bytes.length,
    chunkOverhead: chunk.headerBytes,
    sseOverhead: sseEvent.headerBytes,
    payloadBytes: chunk.payloadBytes,
    postBytes: post.bytes.length,
  };
}

/** One row of the home page's at-a-glance table: the same events through each technique. */
export interface GlanceRow {
  readonly scenario: ScenarioName;
  readonly meanLatency: number;
  readonly maxLatency: number;
  readonly requests: number;
  readonly bytesPerEvent: number;
}

/** The three HTTP techniques and WebSocket on the default event stream, for the home page. */
export function glanceFacts(): { rows: GlanceRow[]; events: number; latencyMs: number; durationS: number } {
  const scenarios: ScenarioName[] = ['polling', 'long-polling', 'streaming', 'websocket'];
  const timelines = scenarios.map((scenario) => run(scenario));
  const rows = timelines.map((timeline) => ({
    scenario: timeline.scenario,
    meanLatency: timeline.metrics.latency.mean,
    maxLatency: timeline.metrics.latency.max,
    requests: timeline.metrics.requests,
    bytesPerEvent: timeline.metrics.totalBytes / Math.max(1, timeline.metrics.delivered),
  }));
  const first = timelines[0]!;
  return { rows, events: first.metrics.events, latencyMs: defaultKnobs().latencyMs, durationS: first.duration / MS_PER_SECOND };
}
