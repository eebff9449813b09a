/**
 * “Every HTTP request carries a huge header”: the poll request of the compare
 * page's ticker run, as the simulator serialized it, line by line; the same
 * poll with the largest cookie the knob allows and with only `Host`; and what
 * one event's payload and WebSocket frame header weigh beside it.
 */
import { compareTechniques, type Field, type Transfer } from '../../sim';
import { knobSpecs } from '../../widgets/knobs';
import { presetKnobs, type CompareKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';

const HEADER_FIELD = 'header:';

/** The first poll request and the first event frame of a compare run with these knobs. */
function firstPoll(knobs: CompareKnobs): { request: Transfer; frame: Transfer } {
  const results = compareTechniques(toCompareParams(knobs));
  const request = results.find((r) => r.technique === 'polling')?.timeline.transfers.find((t) => t.kind === 'http-request');
  const frame = results.find((r) => r.technique === 'websocket')?.timeline.transfers.find((t) => t.kind === 'ws-frame' && t.carries.length > 0);
  if (!request || !frame) throw new Error('headerMyth: the ticker run must poll and frame');
  return { request, frame };
}

/** One line of the request head: a header (with its CR LF), the request line, or the blank line. */
export interface HeadLine {
  readonly name: string;
  readonly bytes: number;
}

/** The head's lines from the codec's fields, a header's name, colon, value and CR LF counted as one line. */
export function headLines(fields: readonly Field[]): HeadLine[] {
  const lines: HeadLine[] = [];
  let requestLine = 0;
  for (const field of fields) {
    const size = field.end - field.start;
    if (field.name.startsWith(HEADER_FIELD)) lines.push({ name: field.name.slice(HEADER_FIELD.length), bytes: size });
    else if (field.name === 'blank-line') lines.push({ name: '', bytes: size });
    else requestLine += size;
  }
  return [{ name: 'request-line', bytes: requestLine }, ...lines];
}

/** Figures for the header-size misconception on /compare. */
export function headerMyth() {
  const ticker = presetKnobs('ticker');
  const plain = firstPoll(ticker);
  const withCookie = firstPoll({ ...ticker, cookieBytes: knobSpecs.cookieBytes.max });
  const minimal = firstPoll({ ...ticker, headerSet: 'minimal' });
  const lines = headLines(plain.request.fields).filter((l) => l.name !== '');
  const headers = lines.filter((l) => l.name !== 'request-line').sort((a, b) => b.bytes - a.bytes);
  const biggest = headers[0]!;
  const head = plain.request.headerBytes;
  return {
    head,
    lines: lines.length,
    /** Header lines, largest first. */
    headers,
    biggest: { name: biggest.name, bytes: biggest.bytes, percent: (biggest.bytes / head) * 100 },
    cookie: { cookieBytes: knobSpecs.cookieBytes.max, head: withCookie.request.headerBytes, times: withCookie.request.headerBytes / head },
    minimalHead: minimal.request.headerBytes,
    payloadBytes: ticker.payloadBytes,
    frameHeader: plain.frame.headerBytes,
  };
}
