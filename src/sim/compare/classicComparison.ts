/**
 * The websocket.org comparison (Lubbers & Greco, 2010), recomputed from bytes:
 * N clients each get one message a second, by polling with the article's
 * captured headers, or over WebSocket with a 2-byte frame header. The article
 * counted overhead only (no payload), and the characters of each header line
 * without its line end: 871 for a request and its response head. The same heads
 * weigh more on the wire, with their CRLFs; both counts are derived here.
 */
import { encodeUtf8 } from '../bytes/utf8';
import { classicHeaderExample } from '../http/classicHeaderExample';
import type { EncodedMessage } from '../http/types';
import { encodeFrame } from '../ws/encodeFrame';
import { OPCODE_TEXT } from '../ws/opcodes';
import { ARTICLE_MEGABIT, scaleBandwidth, toArticleMbps, type ClientRate } from './scaleBandwidth';

const CR = 0x0d;
const LF = 0x0a;
const MASKING_KEY = [0x37, 0xfa, 0x21, 0x3d];
/** The client counts the article tabulates. */
export const ARTICLE_CLIENTS: readonly number[] = [1_000, 10_000, 100_000];
/** A stock quote like the article's demo: short enough for the 7-bit length form (≤ 125 bytes). */
const SAMPLE_MESSAGE = '{"symbol":"SLAB","price":104.25}';
/** One that needs the 16-bit extended length (126 bytes and more). */
const LONG_MESSAGE_BYTES = 126;

/** One row of the comparison: megabits (2^20 bits) per second, server → client plus client → server. */
export interface ClassicRow {
  readonly clients: number;
  /** Polling, overhead counted as the article did (line characters only). */
  readonly pollingMbps: number;
  /** Polling, the same heads as they travel (with every CRLF). */
  readonly pollingWireMbps: number;
  /** WebSocket, one unmasked server → client frame header per message. */
  readonly webSocketMbps: number;
}

/** The comparison and the byte counts it rests on. */
export interface ClassicComparison {
  /** 871: request + response head, characters of their lines. */
  readonly pollCountedBytes: number;
  /** 909: the same on the wire. */
  readonly pollWireBytes: number;
  /** 2: an unmasked frame header with a 7-bit length. */
  readonly frameHeaderBytes: number;
  /** 6: the same message sent by a client, which must mask (4-byte key). */
  readonly maskedFrameHeaderBytes: number;
  /** 4: an unmasked frame of 126 bytes or more (16-bit extended length). */
  readonly longFrameHeaderBytes: number;
  readonly longMessageBytes: number;
  readonly rows: readonly ClassicRow[];
  readonly megabit: number;
}

/** Bytes of a message's head that are not line ends: what the article counted. */
export function lineCharacters(message: EncodedMessage): number {
  let count = 0;
  const { bytes, headerBytes } = message;
  // The head is the first headerBytes bytes of a bodiless message; a body is never counted.
  for (let i = 0; i < headerBytes && i < bytes.length; i++) if (bytes[i] !== CR && bytes[i] !== LF) count++;
  return count;
}

/** One exchange a second per client: `up` bytes asked (a poll), `down` bytes answered or pushed. */
function perSecond(up: number, down: number, requests: number): ClientRate {
  return { upBytesPerSecond: up, downBytesPerSecond: down, requestsPerSecond: requests };
}

/** Recomputes the article's table for `clients` (1,000 / 10,000 / 100,000 by default). */
export function classicComparison(clients: readonly number[] = ARTICLE_CLIENTS): ClassicComparison {
  const example = classicHeaderExample();
  const counted = perSecond(lineCharacters(example.requestBytes), lineCharacters(example.responseHeadBytes), 1);
  const wire = perSecond(example.requestBytes.headerBytes, example.responseHeadBytes.headerBytes, 1);
  const payload = encodeUtf8(SAMPLE_MESSAGE);
  const frameHeaderBytes = encodeFrame({ opcode: OPCODE_TEXT, payload }).headerBytes;
  const maskedFrameHeaderBytes = encodeFrame({ opcode: OPCODE_TEXT, payload, maskingKey: MASKING_KEY }).headerBytes;
  const longFrameHeaderBytes = encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(LONG_MESSAGE_BYTES) }).headerBytes;
  const pushed = perSecond(0, frameHeaderBytes, 0);
  const mbps = (rate: ClientRate, n: number) => toArticleMbps(scaleBandwidth(rate, n).totalBps);
  return {
    pollCountedBytes: counted.upBytesPerSecond + counted.downBytesPerSecond,
    pollWireBytes: wire.upBytesPerSecond + wire.downBytesPerSecond,
    frameHeaderBytes,
    maskedFrameHeaderBytes,
    longFrameHeaderBytes,
    longMessageBytes: LONG_MESSAGE_BYTES,
    megabit: ARTICLE_MEGABIT,
    rows: clients.map((n) => ({
      clients: n,
      pollingMbps: mbps(counted, n),
      pollingWireMbps: mbps(wire, n),
      webSocketMbps: mbps(pushed, n),
    })),
  };
}
