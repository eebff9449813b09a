/**
 * What one delivered message cost on the wire, from a timeline's serialized
 * transfers: every transfer that carried an event to the client, plus, for an
 * HTTP answer, the request it answered (polling and long polling pay a request
 * per answer). Answers that carried nothing are left out: they are counted as
 * requests, not as the price of a message.
 */
import type { Timeline, Transfer } from '../../sim';

/** Bytes per delivered event, or undefined before anything was delivered. */
export function bytesPerDeliveredMessage(timeline: Timeline): number | undefined {
  const lastRequest = new Map<number, Transfer>();
  let bytes = 0;
  let delivered = 0;
  for (const transfer of timeline.transfers) {
    if (transfer.kind === 'http-request') lastRequest.set(transfer.connection, transfer);
    if (transfer.carries.length === 0 || transfer.lost) continue;
    // headerBytes + payloadBytes is the length without encoding a deferred message's bytes.
    bytes += transfer.headerBytes + transfer.payloadBytes;
    const request = transfer.kind === 'http-response' ? lastRequest.get(transfer.connection) : undefined;
    if (request) bytes += request.headerBytes + request.payloadBytes;
    delivered += transfer.carries.length;
  }
  return delivered > 0 ? bytes / delivered : undefined;
}
