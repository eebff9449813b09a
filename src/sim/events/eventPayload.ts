/**
 * The application data an event carries: a small JSON object padded (or cut)
 * to exactly the requested size, so payload byte counts are what the reader set.
 */

// Filler cycles through the alphabet so that a hex dump shows visible structure.
const FILLER = 'abcdefghijklmnopqrstuvwxyz';

/** A deterministic ASCII payload of exactly `payloadBytes` bytes for event `id`, e.g. {"id":3,"data":"abcd…"}. */
export function eventPayload(id: number, payloadBytes: number): string {
  const size = Math.max(0, Math.floor(payloadBytes));
  const open = `{"id":${id},"data":"`;
  const close = '"}';
  const room = size - open.length - close.length;
  // Too small for the JSON skeleton: cut it; the byte count is what matters.
  if (room < 0) return (open + close).slice(0, size);
  const data = filler(room);
  // join builds one flat string; `+` would keep a rope of pieces alive for as long as the timeline lives.
  return [open, data, close].join('');
}

// The longest filler made so far; shorter ones are its prefixes, so each event need not repeat the alphabet again.
let fillerCache = '';

/** The first `room` filler letters. */
function filler(room: number): string {
  if (fillerCache.length < room) fillerCache = FILLER.repeat(Math.ceil(room / FILLER.length));
  return fillerCache.slice(0, room);
}
