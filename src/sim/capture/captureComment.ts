/**
 * The capture file's own comment (pcapng shb_comment): what the file is, where
 * its packets were recorded and what it leaves out, so a reader who opens it
 * in Wireshark is not misled into thinking it came off a real network.
 */
import type { Timeline } from '../timeline/types';
import { captureAddresses, dottedQuad } from './captureAddresses';

/** The date simulated time 0 is written at: 2026-01-01T00:00:00Z. */
export const CAPTURE_EPOCH_ISO = '2026-01-01T00:00:00Z';

/** What the comment needs to know besides the timeline. */
export interface CaptureCommentFacts {
  readonly seed: number;
  readonly tls: boolean;
  readonly packets: number;
  readonly lost: number;
}

/** The comment, one paragraph per subject. */
export function captureComment(timeline: Timeline, facts: CaptureCommentFacts): string {
  const hosts = [...captureAddresses(timeline.actors)].map(([id, address]) => `${id} ${dottedQuad(address)}`).join(', ');
  const lines = [
    `Socket Lab: a simulated capture of the "${timeline.scenario}" lesson (seed ${facts.seed}), ${facts.packets} packets. ` +
      'No packet here crossed a real network: the simulator computed every byte. Addresses are from the documentation ranges (RFC 5737): ' +
      `${hosts}.`,
    'Each packet is recorded once, when it leaves its sender (as if captured on every host and merged), ' +
      `timestamped with simulated time counted from ${CAPTURE_EPOCH_ISO}, in microseconds.`,
    'Contains: IPv4 and TCP headers with correct checksums and consistent sequence and acknowledgment numbers; ' +
      'the TCP three-way handshake and the FIN/ACK (or RST) teardown, also where the lesson hides them; ' +
      'the HTTP and WebSocket bytes exactly as the simulator wrote them, cut at the MSS.',
    'Leaves out: a link layer (raw IPv4, LINKTYPE_RAW); IP and TCP options (no MSS, window scaling, SACK or timestamps); ' +
      'the retransmissions a real TCP would make of a lost segment' +
      (facts.lost > 0 ? ` (${facts.lost} segment${facts.lost === 1 ? '' : 's'} lost here: each appears once, leaving its sender, with a packet comment).` : '.'),
  ];
  if (facts.tls) {
    lines.push(
      'wss: the TLS handshake is left out (the simulation counts it as one round trip, not as bytes). ' +
        'Each message on a TLS connection appears as one TLS 1.3 application-data record: the real 5-byte record header ' +
        'and opaque bytes as long as the ciphertext would be (message + 17), which are seeded pseudo-random stand-ins, not an encryption: ' +
        'the WebSocket frames inside cannot be read from this file.',
    );
  }
  return lines.join('\n');
}
