/**
 * Our WebSocket codec against `ws` on masked binary frames (a client's frames,
 * as a server reads them) of 16 B, 1 KiB and 64 KiB, in one run:
 *   encode: encodeFrame vs ws's Sender.frame (one merged buffer, fixed mask via generateMask)
 *   decode: MessageReader (frames + reassembly, the same job) vs ws's Receiver (a Writable)
 * plus, for information, our lower layers (decodeFrame, FrameDecoder) and a 1 KiB text case.
 * ws runs its JavaScript paths: bufferutil and utf-8-validate are not installed and are
 * disabled below anyway. Prints the median ops per CPU-second of interleaved rounds, and the
 * median of the per-round ratios ours/ws.
 * Target: ratio ≥ 1 for encode and decode at every size.
 *
 *   npx tsx bench/wsCodec.bench.ts
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { decodeFrame, encodeFrame, FrameDecoder, MessageReader, OPCODE_BINARY, OPCODE_TEXT } from '../src/sim/index';

// Must be set before ws loads: force its JS fallbacks even if the add-ons were installed.
process.env.WS_NO_BUFFER_UTIL = '1';
process.env.WS_NO_UTF_8_VALIDATE = '1';

interface WsReceiver {
  on(event: 'message', cb: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'error', cb: (err: Error) => void): void;
  write(chunk: Buffer): boolean;
}
interface WsLib {
  Receiver: new (options: { isServer: boolean; maxPayload?: number }) => WsReceiver;
  Sender: { frame(data: Buffer, options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; generateMask: (mask: Buffer) => void }): Buffer[] };
}
const requireHere = createRequire(import.meta.url);
const { Receiver, Sender } = requireHere('ws') as WsLib;
const httpModule = requireHere('node:http') as { websocketMask?: unknown };

const ROUNDS = 9;
const ROUND_MS = 80;
const WARM_UP_MS = 100;
const KEY = Uint8Array.of(0x37, 0xfa, 0x21, 0x3d);
const KEY_BUFFER = Buffer.from(KEY);
const SIZES: readonly [string, number][] = [['16 B', 16], ['1 KiB', 1024], ['64 KiB', 65536]];

/** Something every measured call feeds, so no work can be optimised away. */
let sink = 0;

/**
 * Runs `fn` for about `ms` of wall time, returning calls per second of this process's CPU time:
 * on a shared machine other processes stretch wall time for whoever is running, not CPU time.
 */
function opsPerSecond(fn: () => void, ms: number): number {
  let calls = 0;
  let batch = 1;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) fn();
    calls += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 20) batch *= 2;
  }
  const cpu = process.cpuUsage(cpu0);
  return (calls * 1e6) / (cpu.user + cpu.system);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Measures two contenders in alternating rounds, so drift in machine load hits both; returns the
 * median ops/s of each and the median of the per-round ratios (adjacent rounds share conditions).
 */
function duel(ours: () => void, theirs: () => void): [number, number, number] {
  opsPerSecond(ours, WARM_UP_MS);
  opsPerSecond(theirs, WARM_UP_MS);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    a.push(opsPerSecond(ours, ROUND_MS));
    b.push(opsPerSecond(theirs, ROUND_MS));
    ratios.push(a[r]! / b[r]!);
  }
  return [median(a), median(b), median(ratios)];
}

function solo(fn: () => void): number {
  opsPerSecond(fn, WARM_UP_MS);
  const xs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) xs.push(opsPerSecond(fn, ROUND_MS));
  return median(xs);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
const rows: string[] = [];
const row = (size: string, what: string, ours: number, ws?: number, ratio?: number) =>
  rows.push(`${size.padEnd(7)} ${what.padEnd(30)} ${fmt(ours)} ${ws === undefined ? ''.padStart(12) : fmt(ws)} ${ratio === undefined ? '' : ratio.toFixed(2).padStart(8)}`);

const wsFrame = (payload: Buffer, opcode: number) =>
  Buffer.concat(Sender.frame(payload, { fin: true, opcode, mask: true, readOnly: true, generateMask: (m) => KEY_BUFFER.copy(m) }));

function benchSize(label: string, size: number, opcode: number, name: string): void {
  const payload = Uint8Array.from({ length: size }, (_, i) => (opcode === OPCODE_TEXT ? 0x61 + (i % 26) : (i * 31) & 0xff));
  const payloadBuffer = Buffer.from(payload);
  const ours = encodeFrame({ opcode: opcode as 1 | 2, payload, maskingKey: KEY }).bytes;
  const theirs = wsFrame(payloadBuffer, opcode);
  if (Buffer.compare(Buffer.from(ours), theirs) !== 0) throw new Error(`encoders disagree at ${label}`);

  const [encOurs, encWs, encRatio] = duel(
    () => { sink += encodeFrame({ opcode: opcode as 1 | 2, payload, maskingKey: KEY }).bytes.length; },
    () => { sink += Sender.frame(payloadBuffer, { fin: true, opcode, mask: true, readOnly: true, generateMask: (m) => KEY_BUFFER.copy(m) })[0]!.length; },
  );
  row(label, `${name} encode`, encOurs, encWs, encRatio);

  const reader = new MessageReader({ role: 'server' });
  const receiver = new Receiver({ isServer: true });
  receiver.on('message', (data) => { sink += data.length; });
  receiver.on('error', (err) => { throw err; });
  // ws unmasks its input in place, so it gets its own copy. Feeding binary again just re-XORs (the
  // same work); text must be valid UTF-8 each time, so ws is handed a fresh copy (a memcpy) per frame.
  const wsInput = Buffer.from(theirs);
  const [decOurs, decWs, decRatio] = duel(
    () => { for (const e of reader.push(ours)) sink += e.kind === 'message' ? e.data.length : 0; },
    opcode === OPCODE_TEXT ? () => { wsInput.set(theirs); receiver.write(wsInput); } : () => { receiver.write(wsInput); },
  );
  row(label, `${name} decode (reader/Receiver)`, decOurs, decWs, decRatio);

  if (opcode === OPCODE_BINARY) {
    const frames = new FrameDecoder({ role: 'server' });
    row(label, `  FrameDecoder.push`, solo(() => { sink += frames.push(ours).length; }));
    row(label, `  decodeFrame`, solo(() => { const r = decodeFrame(ours, { role: 'server' }); sink += r.ok ? r.consumed : 0; }));
    row(label, `  decodeFrame {annotate}`, solo(() => { const r = decodeFrame(ours, { role: 'server', annotate: true }); sink += r.ok ? r.fields!.length : 0; }));
  }
}

const started = performance.now();
for (const [label, size] of SIZES) benchSize(label, size, OPCODE_BINARY, 'binary');
benchSize('1 KiB', 1024, OPCODE_TEXT, 'text');

console.log(`WebSocket codec vs ws ${(requireHere('ws/package.json') as { version: string }).version} — Node ${process.version}, masked frames (role: server)`);
console.log(`ws paths: bufferutil off (JS mask/unmask${httpModule.websocketMask ? ', but node:http websocketMask present' : ''}); utf-8-validate off (UTF-8 via ${typeof (requireHere('node:buffer') as { isUtf8?: unknown }).isUtf8 === 'function' ? "Node's built-in buffer.isUtf8 for ≥ 24 bytes" : 'JS'})`);
console.log(`${'size'.padEnd(7)} ${'operation'.padEnd(30)} ${'ours ops/s'.padStart(12)} ${'ws ops/s'.padStart(12)} ${'ours/ws'.padStart(8)}`);
for (const r of rows) console.log(r);
console.log(`(ops per second of process CPU time; ${ROUNDS} interleaved rounds of ${ROUND_MS} ms, median; ${((performance.now() - started) / 1000).toFixed(1)} s total; checksum ${sink % 1000})`);
