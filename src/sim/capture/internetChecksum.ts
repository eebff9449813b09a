/**
 * The Internet checksum (RFC 1071): the 16-bit one's complement of the one's
 * complement sum of the data taken as big-endian 16-bit words. IPv4 puts it
 * over its header (RFC 791 §3.1), TCP over a pseudo-header and the whole
 * segment (RFC 9293 §3.1).
 */

/** Adds `bytes` as big-endian 16-bit words to the running 32-bit `sum` (an odd last byte is padded with zero). */
export function checksumAdd(sum: number, bytes: Uint8Array): number {
  let s = sum;
  const even = bytes.length & ~1;
  for (let i = 0; i < even; i += 2) s += (bytes[i]! << 8) | bytes[i + 1]!;
  if (even < bytes.length) s += bytes[even]! << 8;
  // Fold now and then so the running sum never outgrows a safe integer, however long the data.
  return s > 0x7fffffff ? (s & 0xffff) + Math.floor(s / 0x10000) : s;
}

/** The checksum of a running sum: carries folded back in, then complemented. */
export function checksumFinish(sum: number): number {
  let s = sum;
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  return ~s & 0xffff;
}

/** The Internet checksum of `parts`, taken as one run of bytes (each part but the last of even length). */
export function internetChecksum(...parts: Uint8Array[]): number {
  let sum = 0;
  for (const part of parts) sum = checksumAdd(sum, part);
  return checksumFinish(sum);
}
