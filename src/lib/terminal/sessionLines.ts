import { t, type Lang } from '../../i18n/terminal';
import { encodeUtf8, parseClosePayload } from '../../sim';
import { formatNumber } from '../formatNumber';
import { closeCodeWords } from './closeCodeWords';
import type { SessionEvent } from './echoSocket';
import { dumpBytesPerRow } from './dumpBytesPerRow';
import { DEFAULT_DUMP_LIMIT, hexdumpLines } from './hexdumpLines';
import type { MirrorReport } from './labMessage';
import { mirrorWireBytes } from './mirrorWireBytes';
import { line, type Segment, type TerminalLine } from './terminalLine';
import { TERMINAL_COLUMNS } from './terminalSink';

/** How session lines are printed. */
export interface SessionLineOptions {
  /** Follow each frame with a hexdump. */
  readonly hex: boolean;
  readonly lang?: Lang;
  /** The terminal's width: a narrow one gets fewer bytes per dump row. */
  readonly columns?: number;
}

// Dump rows sit under their heading, indented; less on a terminal where the full indent would halve the rows.
const DUMP_INDENT = '    ';
const NARROW_DUMP_INDENT = '  ';

// Longest text shown inside a heading; the hexdump (with /hex on) has every byte.
const PREVIEW_CHARS = 60;

/** The lines that tell the reader what happened on the connection. */
export function sessionLines(event: SessionEvent, options: SessionLineOptions): TerminalLine[] {
  const lang = options.lang ?? 'en';
  const bytes = (count: number) => t('term.bytes', { bytes: formatNumber(count, lang) }, lang);
  switch (event.kind) {
    case 'connecting':
      return [line(t('term.session.connecting', { url: event.url }, lang), 'muted')];
    case 'open': {
      const protocol = event.protocol || t('term.session.noProtocol', undefined, lang);
      const lines = [line(t('term.session.open', { url: event.url, protocol }, lang), 'accent')];
      if (event.protocol !== 'socketlab.v1') lines.push(line(t('term.session.plainServer', undefined, lang), 'muted'));
      lines.push(line(t('term.session.typeHint', undefined, lang), 'muted'));
      return lines;
    }
    case 'hello':
      return [line(event.mirror ? t('term.session.hello', { bytes: formatNumber(event.requestHeaderBytes, lang) }, lang) : t('term.session.helloNoMirror', undefined, lang), 'muted')];
    case 'sent': {
      const heading: Segment[] = [{ text: t('term.session.sent', { opcode: event.opcode, bytes: bytes(event.payload.length) }, lang), tone: 'client' }, ...preview(event.text)];
      if (event.opcode === 'close') heading.push(...closePreview(event.payload, lang));
      return [heading, ...dump(event.payload, options)];
    }
    case 'received': {
      const heading: TerminalLine = [{ text: t('term.session.received', { opcode: event.opcode, bytes: bytes(event.payload.length) }, lang), tone: 'server' }, ...preview(event.text)];
      return [heading, ...payloadDump(event.payload, options)];
    }
    case 'echo': {
      const heading: Segment[] = [{ text: t('term.session.echo', { bytes: bytes(event.envelopeBytes), data: shorten(event.data) }, lang), tone: 'server' }];
      if (event.roundTripMs !== undefined) heading.push({ text: t('term.session.roundTrip', { ms: formatNumber(event.roundTripMs, lang, 1) }, lang), tone: 'muted' });
      return [heading];
    }
    case 'mirror':
      return mirrorLines(event.frame, options, lang);
    case 'mirror-error':
      return [line(t('term.session.mirrorError', { ...event.error }, lang), 'danger')];
    case 'ping-requested':
      return [[{ text: t('term.session.pingRequested', { bytes: bytes(event.requestBytes) }, lang), tone: 'client' }, ...preview(event.data)]];
    case 'pinged':
      return [
        [{ text: t('term.session.pinged', { bytes: bytes(encodeUtf8(event.data).length) }, lang), tone: 'server' }, ...preview(event.data)],
        line(t('term.session.pingedNext', undefined, lang), 'muted'),
      ];
    case 'request-error':
      return [line(t('term.session.requestError', { message: event.message }, lang), 'danger')];
    case 'error':
      return [line(t('term.session.error', undefined, lang), 'danger')];
    case 'closed':
      return closedLines(event.code, event.reason, event.wasClean, lang);
  }
}

function closedLines(code: number, reason: string, wasClean: boolean, lang: Lang): TerminalLine[] {
  const { name, meaning } = closeCodeWords(code, lang);
  // A symbol as well as a colour: ○ ended cleanly, ✕ did not.
  const lines = [line(`${wasClean ? '○' : '✕'} ${t('term.session.closed', { code, name, meaning }, lang)}`, wasClean ? 'accent' : 'danger')];
  if (reason) lines.push(line(t('term.session.closedReason', { reason }, lang)));
  lines.push(line(t(wasClean ? 'term.session.clean' : 'term.session.unclean', undefined, lang), 'muted'));
  return lines;
}

// The frame as the server read it: the real header, masking key included, and the masked payload on the wire.
function mirrorLines(frame: MirrorReport, options: SessionLineOptions, lang: Lang): TerminalLine[] {
  const values = { name: frame.opcodeName, opcode: `0x${frame.opcode.toString(16)}`, fin: frame.fin ? 1 : 0, mask: frame.masked ? 1 : 0, length: frame.payloadLength, encoding: frame.lengthEncoding };
  const lines: TerminalLine[] = [line(t('term.session.mirror', values, lang), 'client')];
  lines.push(line(t('term.session.mirrorKey', { key: frame.maskingKey ?? '—', header: frame.headerHex }, lang), 'muted'));
  if (frame.opcodeName === 'pong') lines.push(line(t('term.session.mirrorPong', undefined, lang), 'muted'));
  if (frame.opcodeName === 'close') {
    lines.push(frame.close ? line(t('term.session.mirrorClose', { code: frame.close.code, reason: frame.close.reason }, lang)) : line(t('term.session.mirrorCloseNoCode', undefined, lang)));
  }
  if (options.hex) {
    const wire = mirrorWireBytes(frame);
    const layout = dumpLayout(options);
    const rows = hexdumpLines(wire, DEFAULT_DUMP_LIMIT, layout.bytesPerRow).rows.map((row): TerminalLine => [{ text: `${layout.indent}${row}` }]);
    lines.push(...rows);
    const more = frame.headerLength + frame.payloadLength - wire.length;
    if (more > 0) lines.push(line(`    ${t('term.more', { count: formatNumber(more, lang) }, lang)}`, 'muted'));
  }
  return lines;
}

function dump(bytes: Uint8Array, options: SessionLineOptions): TerminalLine[] {
  if (!options.hex) return [];
  const layout = dumpLayout(options);
  const { rows, omitted } = hexdumpLines(bytes, DEFAULT_DUMP_LIMIT, layout.bytesPerRow);
  const lines = rows.map((row): TerminalLine => [{ text: `${layout.indent}${row}` }]);
  if (omitted > 0) lines.push(line(`    ${t('term.more', { count: formatNumber(omitted, options.lang ?? 'en') }, options.lang)}`, 'muted'));
  return lines;
}

function dumpLayout(options: SessionLineOptions): { indent: string; bytesPerRow: number } {
  const columns = options.columns ?? TERMINAL_COLUMNS;
  const full = dumpBytesPerRow(columns, DUMP_INDENT.length);
  const narrow = dumpBytesPerRow(columns, NARROW_DUMP_INDENT.length);
  return narrow > full ? { indent: NARROW_DUMP_INDENT, bytesPerRow: narrow } : { indent: DUMP_INDENT, bytesPerRow: full };
}

function payloadDump(bytes: Uint8Array, options: SessionLineOptions): TerminalLine[] {
  if (!options.hex) return [];
  return [line(`    ${t('term.session.payloadOnly', undefined, options.lang)}`, 'muted'), ...dump(bytes, options)];
}

function preview(text: string | undefined): TerminalLine {
  return text === undefined ? [] : [{ text: `  “${shorten(text)}”` }];
}

function closePreview(payload: Uint8Array, lang: Lang): Segment[] {
  const close = parseClosePayload(payload);
  if (!close.ok) return [];
  const key = !close.hasCode ? 'term.session.closePreviewNoCode' : close.reason ? 'term.session.closePreview' : 'term.session.closePreviewNoReason';
  return [{ text: `  ${t(key, { code: close.code, reason: close.reason }, lang)}` }];
}

function shorten(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

