/** The capture export: any timeline as a pcapng file (IPv4 + TCP around the simulated bytes). */
export { timelineToPcapng, CAPTURE_EPOCH_MICROS } from './timelineToPcapng';
export { capturePackets, securedConnections, HTTPS_PORT } from './capturePackets';
export type { CaptureOptions, CapturedPacket } from './capturePackets';
export { captureAddresses, dottedQuad } from './captureAddresses';
export { internetChecksum } from './internetChecksum';
export { LINKTYPE_RAW } from './pcapngBlocks';
