/**
 * A tiny pcapng reader for the tests, written from the format's text and not
 * from the writer: it walks blocks by their lengths and refuses anything that
 * is not 32-bit aligned or whose two length fields disagree.
 */

/** One block as read. */
export interface ReadBlock {
  readonly type: number;
  readonly offset: number;
  readonly length: number;
  readonly body: Uint8Array;
}

/** The blocks of a little-endian pcapng file; throws on a broken layout (this is test code). */
export function readPcapngBlocks(file: Uint8Array): ReadBlock[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const blocks: ReadBlock[] = [];
  let at = 0;
  while (at < file.length) {
    if (at % 4 !== 0) throw new Error(`block at ${at} is not 32-bit aligned`);
    const type = view.getUint32(at, true);
    const length = view.getUint32(at + 4, true);
    if (length % 4 !== 0 || length < 12 || at + length > file.length) throw new Error(`block at ${at} has a bad length ${length}`);
    if (view.getUint32(at + length - 4, true) !== length) throw new Error(`block at ${at}: trailing length differs`);
    blocks.push({ type, offset: at, length, body: file.subarray(at + 8, at + length - 4) });
    at += length;
  }
  return blocks;
}

/** The options in `bytes` (from an options area) as code → values; throws when they overrun or lack opt_endofopt. */
export function readOptions(bytes: Uint8Array): Map<number, Uint8Array[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<number, Uint8Array[]>();
  let at = 0;
  while (at + 4 <= bytes.length) {
    const code = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (code === 0) return out;
    if (at + 4 + length > bytes.length) throw new Error(`option ${code} overruns its block`);
    out.set(code, [...(out.get(code) ?? []), bytes.subarray(at + 4, at + 4 + length)]);
    at += 4 + Math.ceil(length / 4) * 4;
  }
  if (bytes.length === 0) return out;
  throw new Error('options end without opt_endofopt');
}

/** The Internet checksum's verification, done another way: the 16-bit words, checksum included, sum (with end-around carry) to 0xffff. */
export function sumsToAllOnes(...parts: Uint8Array[]): boolean {
  const joined = Uint8Array.from(parts.flatMap((p) => [...p]));
  let sum = 0n;
  for (let i = 0; i < joined.length; i += 2) sum += BigInt(joined[i]! * 256 + (joined[i + 1] ?? 0));
  while (sum >> 16n) sum = (sum & 0xffffn) + (sum >> 16n);
  return sum === 0xffffn;
}
