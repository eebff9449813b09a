/** Below this many bytes a loop copies faster than a `subarray` view (an object per call) and `set`. */
const SHORT_COPY = 128;

/** Copies from[start, start + len) to to[at..]: what `to.set(from.subarray(…), at)` does, without the view for short runs. */
export function copyBytes(from: Uint8Array, start: number, len: number, to: Uint8Array, at: number): void {
  if (len > SHORT_COPY) {
    to.set(from.subarray(start, start + len), at);
    return;
  }
  for (let i = 0; i < len; i++) to[at + i] = from[start + i]!;
}
