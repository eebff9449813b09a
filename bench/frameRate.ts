/**
 * `npx tsx bench/frameRate.ts`: frames per second while the diagrams play, in Chromium.
 * Builds nothing: it serves the already built `dist/` with the project's own server on a
 * free loopback port, opens `/embed/compare` at its densest settings and `/embed/polling`
 * at 50 events/s, lets each play for ~10 s and prints the median and 5th-percentile
 * frame rate (a requestAnimationFrame counter, one figure per 250 ms) and every long
 * task over 50 ms (PerformanceObserver 'longtask') seen while playing, with what the longest
 * were made of (Long Animation Frame entries: scripts, style and layout, the rendering
 * update, and the rest, which no work accounts for: time the renderer waited for a core). On a shared,
 * loaded machine the frame rate says more about the neighbours than about the page, so
 * it also prints the CPU time the renderer spent per frame (Chromium's ThreadTime and
 * ProcessTime metrics): under 16.7 ms of main-thread time a frame is what 60 fps needs.
 * Options: `--seconds=10`, `--only=compare|polling`, `--dist=path` (another build, e.g. main's, to compare on the same run),
 * `--trace` (record a Chromium trace while playing and print, for every task over 50 ms on the renderer's main
 * thread, its wall time against the CPU time it used: a long task that used a few ms of CPU waited for a core).
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createServer } from '../server/createServer';

interface Probe {
  readonly name: string;
  readonly path: string;
  /** What to scroll into view before playing: the diagrams, not the knobs above them. */
  readonly scrollTo: string;
}

// /compare reads its knobs from the query only as an embed; the embed is the same widget on a bare page.
// durationS=60 and t=20000: twenty simulated seconds into a minute, so every diagram's window is already full of traffic.
const PROBES: readonly Probe[] = [
  { name: 'compare (3,000 events/min, 50 ms polling, 1,000 ms latency)', path: '/embed/compare?eventsPerMin=3000&intervalMs=50&latencyMs=1000&durationS=60&t=20000&autoplay=1', scrollTo: '.diagrams' },
  { name: 'polling (50 events/s)', path: '/embed/polling?eventRate=50&autoplay=1', scrollTo: '.sequence-diagram' },
];
const SAMPLE_MS = 250;
const LONG_TASK_MS = 50;

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string]));
const seconds = Number(args.get('seconds') ?? 10);
const only = args.get('only');
const tracing = args.has('trace');

const { server, close } = createServer(args.get('dist') ?? join(import.meta.dirname, '..', 'dist'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

for (const probe of PROBES) {
  if (only && !probe.name.startsWith(only)) continue;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}${probe.path}`, { waitUntil: 'load' });
  await page.locator(probe.scrollTo).first().scrollIntoViewIfNeeded();
  // Let hydration and the first frames settle before counting.
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await cpuTimes(cdp);
  if (tracing) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  const { fps, longTasks, longFrames } = await measure(page, seconds);
  const after = await cpuTimes(cdp);
  const traceText = tracing ? (await browser.stopTracing()).toString('utf8') : '';
  const traced = tracing ? longTraceTasks(JSON.parse(traceText)) : [];
  const frames = fps.length ? (fps.reduce((sum, f) => sum + f, 0) / fps.length) * seconds : 1;
  const sorted = [...fps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const p5 = sorted[Math.floor(sorted.length * 0.05)] ?? 0;
  const over = longTasks.filter((d) => d > LONG_TASK_MS);
  const elements = await page.locator('.sequence-diagram svg *').count();
  console.log(probe.name);
  console.log(`  median ${median.toFixed(1)} fps, p5 ${p5.toFixed(1)} fps over ${fps.length} samples of ${SAMPLE_MS} ms`);
  console.log(`  CPU per frame: main thread ${((after.thread - before.thread) * 1000 / frames).toFixed(1)} ms, whole renderer ${((after.process - before.process) * 1000 / frames).toFixed(1)} ms`);
  console.log(`  long tasks over ${LONG_TASK_MS} ms: ${over.length}${over.length ? ` (longest ${Math.max(...over).toFixed(0)} ms)` : ''}; SVG elements at the end: ${elements}`);
  for (const frame of [...longFrames].sort((a, b) => b.duration - a.duration).slice(0, 5)) {
    const unaccounted = frame.duration - frame.scriptsBefore - frame.render;
    console.log(`    a ${frame.duration.toFixed(0)} ms frame: tasks ${frame.scriptsBefore.toFixed(0)} ms, rendering ${frame.render.toFixed(0)} ms (scripts ${frame.scripts.toFixed(0)} ms in all${frame.topScript ? `, most in ${frame.topScript}` : ''}; style, layout and paint ${frame.styleLayout.toFixed(0)} ms), unaccounted ${unaccounted.toFixed(0)} ms`);
  }
  if (tracing) {
    console.log(`  traced tasks over ${LONG_TASK_MS} ms on the main thread: ${traced.length}${traced.length ? `; CPU each used: ${traced.map((t) => `${t.cpu.toFixed(1)} of ${t.wall.toFixed(0)} ms`).join(', ')}` : ''}`);
  }
  await page.close();
}
await browser.close();
await close();

/** The renderer main thread's tasks over LONG_TASK_MS in a Chromium trace: wall and thread (CPU) time, ms. */
function longTraceTasks(trace: { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] }): { wall: number; cpu: number }[] {
  const mains = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return trace.traceEvents
    // The main thread's top-level task is ThreadControllerImpl::RunTask (RunTask in some versions).
    .filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > LONG_TASK_MS * 1000)
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

/** Seconds of CPU the renderer's main thread and whole process have used so far. */
async function cpuTimes(cdp: CDPSession): Promise<{ thread: number; process: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { thread: value('ThreadTime'), process: value('ProcessTime') };
}

/** A long animation frame and what it was made of (ms). */
interface LongFrame {
  readonly duration: number;
  /** Scripts of the tasks before the rendering update (events, timers, messages). */
  readonly scriptsBefore: number;
  /** Every script's time, the rendering update's requestAnimationFrame callbacks included. */
  readonly scripts: number;
  readonly topScript: string;
  readonly render: number;
  readonly styleLayout: number;
}

/** Counts animation frames per sample window and collects long tasks and long animation frames for `seconds`, in the page. */
async function measure(page: Page, seconds: number): Promise<{ fps: number[]; longTasks: number[]; longFrames: LongFrame[] }> {
  // A string, not a function: tsx would wrap a function's inner closures in a helper the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const longTasks = [];
    const longFrames = [];
    const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); });
    observer.observe({ type: 'longtask', buffered: false });
    const frameObserver = new PerformanceObserver((list) => {
      for (const f of list.getEntries()) {
        if (f.duration <= ${LONG_TASK_MS}) continue;
        const scripts = f.scripts.reduce((sum, s) => sum + s.duration, 0);
        const scriptsBefore = f.scripts.filter((s) => !f.renderStart || s.startTime < f.renderStart).reduce((sum, s) => sum + s.duration, 0);
        const top = [...f.scripts].sort((a, b) => b.duration - a.duration)[0];
        const end = f.startTime + f.duration;
        longFrames.push({
          duration: f.duration, scriptsBefore, scripts, topScript: top ? top.invoker + ' ' + Math.round(top.duration) + ' ms' : '',
          render: f.renderStart ? end - f.renderStart : 0, styleLayout: f.styleAndLayoutStart ? end - f.styleAndLayoutStart : 0,
        });
      }
    });
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) frameObserver.observe({ type: 'long-animation-frame', buffered: false });
    const fps = [];
    const start = performance.now();
    let sampleStart = start;
    let frames = 0;
    const tick = (now) => {
      frames++;
      if (now - sampleStart >= ${SAMPLE_MS}) { fps.push((frames * 1000) / (now - sampleStart)); frames = 0; sampleStart = now; }
      if (now - start < ${seconds * 1000}) requestAnimationFrame(tick);
      else { observer.disconnect(); frameObserver.disconnect(); resolve({ fps, longTasks, longFrames }); }
    };
    requestAnimationFrame(tick);
  })`);
}
