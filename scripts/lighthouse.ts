/**
 * `npm run lighthouse`: serves the built site (run `npx astro build` first; this builds nothing), runs Lighthouse 12
 * with its default mobile settings on every page of the site map, and prints performance and accessibility per page.
 *
 *   npm run lighthouse                                  every page, English and Korean
 *   npm run lighthouse -- --lang en                     English pages only (or ko)
 *   npm run lighthouse -- --pages /compare,/ko/compare  a subset
 *   npm run lighthouse -- --runs 3                      medians of three runs per page (each figure its own median)
 *   npm run lighthouse -- --pages /compare --tasks      also each long task (over 50 ms) and the script it ran
 *   npm run lighthouse -- --dist /tmp/dist-before       another build (to compare before and after at the same load)
 *
 * Exits 1 when a page's accessibility is below 100. Performance is printed, not judged: Lighthouse simulates a
 * slow phone from the trace of this machine, so a busy machine lowers it (the load average is printed beside it).
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from '../server/createServer';
import { englishPages, koreanPages, sitePages } from '../tests/support/sitePages';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    lang: { type: 'string', default: 'all' },
    runs: { type: 'string', default: '1' },
    tasks: { type: 'boolean', default: false },
    dist: { type: 'string', default: join(import.meta.dirname, '..', 'dist') },
  },
});
const byLang: Record<string, readonly string[]> = { all: sitePages, en: englishPages, ko: koreanPages };
const pages = values.pages ? values.pages.split(',').map((p) => p.trim()).filter(Boolean) : byLang[values.lang];
const runs = Number(values.runs);
if (!pages || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run lighthouse -- [--pages /a,/b] [--lang all|en|ko] [--runs N] [--tasks] [--dist DIR]');
  process.exit(2);
}
const unknown = pages.filter((p) => !sitePages.includes(p) && !p.startsWith('/embed/'));
if (unknown.length > 0) console.warn(`not in the site map (tests/support/sitePages.ts): ${unknown.join(', ')}`);

/** What one Lighthouse run says about a page. */
interface Run {
  readonly performance: number;
  readonly accessibility: number;
  readonly metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls', number>;
  /** Accessibility audits that failed, by id. */
  readonly findings: readonly string[];
  /** Main-thread tasks over 50 ms (simulated on the slow phone): where they started and how long they took. */
  readonly longTasks: readonly { url: string; startTime: number; duration: number }[];
}

const { server, close } = createServer(values.dist);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'],
});

async function audit(path: string): Promise<Run> {
  const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { categories, audits } = result.lhr;
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const a11yIds = categories.accessibility?.auditRefs.map((ref) => ref.id) ?? [];
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    metrics: {
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
    },
    findings: a11yIds.filter((id) => audits[id]?.score === 0),
    longTasks: ((audits['long-tasks']?.details as { items?: { url: string; startTime: number; duration: number }[] } | undefined)?.items ?? []),
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

console.log(`Lighthouse 12, mobile defaults, ${pages.length} page(s), ${runs} run(s) each; load average at start: ${load()}`);
console.log('page                        perf  a11y    FCP ms    LCP ms   TBT ms     CLS  load(1m)  accessibility findings');
let failed = false;
try {
  for (const path of pages) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await audit(path));
    // Each figure is its own median over the runs; the median run by performance gives the long tasks, and the
    // lowest accessibility (it does not vary between runs) decides the exit code.
    const perf = median(results.map((r) => r.performance));
    const shown = results.find((r) => r.performance === perf)!;
    failed ||= results.some((r) => r.accessibility < 100);
    const m = Object.fromEntries((['fcp', 'lcp', 'tbt', 'cls'] as const).map((k) => [k, median(results.map((r) => r.metrics[k]))])) as Run['metrics'];
    console.log(
      `${path.padEnd(26)} ${String(perf).padStart(5)} ${String(shown.accessibility).padStart(5)} ${m.fcp.toFixed(0).padStart(9)} ${m.lcp.toFixed(0).padStart(9)} ${m.tbt.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(7)} ${loadavg()[0]!.toFixed(1).padStart(9)}  ${shown.findings.join(', ')}`,
    );
    if (values.tasks) for (const task of shown.longTasks) console.log(`    long task at ${task.startTime.toFixed(0)} ms: ${task.duration.toFixed(0)} ms  ${task.url}`);
  }
} finally {
  chrome.kill();
  await close();
}
console.log(`load average at end: ${load()}`);
process.exit(failed ? 1 : 0);
