/**
 * A timeline as a pcapng capture file that Wireshark and tshark open: a
 * Section Header Block whose comment says what the file is and leaves out,
 * one raw-IPv4 interface with microsecond timestamps, and one Enhanced Packet
 * Block per packet (`capturePackets`). Pure and deterministic: the same
 * timeline and options give the same bytes, since simulated time 0 is written
 * as 2026-01-01T00:00:00Z, never the clock.
 */
import { captureComment } from './captureComment';
import { capturePackets, securedConnections, type CaptureOptions } from './capturePackets';
import { concatBytes, enhancedPacketBlock, interfaceDescriptionBlock, sectionHeaderBlock } from './pcapngBlocks';
import type { Timeline } from '../timeline/types';

/** 2026-01-01T00:00:00Z in microseconds since 1970 (20454 days × 86400 s). */
export const CAPTURE_EPOCH_MICROS = 1_767_225_600 * 1_000_000;

/** The pcapng file of `timeline`'s packets. */
export function timelineToPcapng(timeline: Timeline, options: CaptureOptions = {}): Uint8Array<ArrayBuffer> {
  const packets = capturePackets(timeline, options);
  const comment = captureComment(timeline, {
    seed: options.seed ?? 0,
    tls: securedConnections(timeline).size > 0,
    packets: packets.length,
    lost: packets.filter((p) => p.segment.lost).length,
  });
  const blocks = [
    sectionHeaderBlock(comment, 'Socket Lab simulator'),
    interfaceDescriptionBlock('sim0', 'Simulated network: packets recorded as they leave their sender'),
  ];
  for (const p of packets) blocks.push(enhancedPacketBlock(CAPTURE_EPOCH_MICROS + Math.round(p.time * 1000), p.bytes, p.comment));
  return concatBytes(blocks);
}
