/**
 * permessage-deflate figures: bytes per server message uncompressed, compressed with context takeover and without,
 * for the comparison's events (JSON + alphabet filler), ticker JSON and random bytes, at several payload sizes
 * (the compare page's defaults otherwise), plus the simulator's compression speed (its port of pako's deflate, level 6).
 *
 *   npx tsx bench/deflate.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { defaultParams, deflateSavings, MessageDeflater, savedPerMessage, type CompareParams, type SavingsRow } from '../src/sim/index';

const base: CompareParams = { ...defaultParams('polling'), holdTimeoutMs: 30_000, events: { kind: 'periodic', periodMs: 500 } };
const per = (bytes: number, row: SavingsRow) => (bytes / row.messages).toFixed(1).padStart(7);
const line = (name: string, row: SavingsRow) =>
  `  ${name.padEnd(8)} ${per(row.plainBytes, row)} ${per(row.takeoverBytes, row)} ${per(row.noTakeoverBytes, row)}   saved/msg ${savedPerMessage(row, 'takeover').toFixed(1).padStart(7)} ${savedPerMessage(row, 'noTakeover').toFixed(1).padStart(7)}`;

console.log('bytes per frame (server → client):      plain  takeover  no-takeover');
for (const payloadBytes of [64, 256, 1024]) {
  const s = deflateSavings({ ...base, payloadBytes });
  console.log(`payloadBytes ${payloadBytes}, ${s.json.messages} messages`);
  console.log(line('events', s.json));
  console.log(line('ticks', s.ticks));
  console.log(line('random', s.random));
}

const message = new TextEncoder().encode(JSON.stringify({ type: 'tick', symbol: 'ACME', price: 101.25, volume: 5310, seq: 4 }));
const deflater = new MessageDeflater({ contextTakeover: true });
const n = 20_000;
const t0 = performance.now();
for (let i = 0; i < n; i++) deflater.compress(message);
const ms = performance.now() - t0;
console.log(`compress a ${message.length}-byte tick with takeover: ${((ms * 1000) / n).toFixed(1)} µs each (${n} runs)`);
