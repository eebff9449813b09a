import { t, type Lang } from '../../i18n/terminal';
import type { Actor, ActorRole, Role, Transfer } from '../../sim';
import { actorLabel } from '../actorLabel';
import { actorName } from '../actorName';
import { formatNumber } from '../formatNumber';
import { frameHeading } from './frameHeading';
import { dumpBytesPerRow } from './dumpBytesPerRow';
import { DEFAULT_DUMP_LIMIT, hexdumpLines } from './hexdumpLines';
import { TERMINAL_COLUMNS } from './terminalSink';
import type { Segment, TerminalLine, Tone } from './terminalLine';

/** How a dump is laid out. */
export interface DumpOptions {
  readonly lang?: Lang;
  /** Bytes shown before "… N more bytes". */
  readonly limit?: number;
  /** The terminal's width: a narrow one gets fewer bytes per dump row. */
  readonly columns?: number;
}

const TONE: Record<ActorRole, Tone> = { client: 'client', server: 'server', proxy: 'hold' };
// Wide enough for "12,345.6 ms", so headings line up down the terminal.
const TIME_WIDTH = 11;

/**
 * One transfer as the terminal prints it when it is sent: a heading (time,
 * sender → receiver, summary, byte count, and for a WebSocket frame its opcode
 * and FIN/MASK), then a hexdump of at most `limit` bytes.
 */
export function formatTransferDump(transfer: Transfer, actors: readonly Actor[], options: DumpOptions = {}): TerminalLine[] {
  const lang = options.lang ?? 'en';
  const from = actorLabel(transfer.from, actors);
  const to = actorLabel(transfer.to, actors);
  const time = `${formatNumber(transfer.sentAt, lang, 1)} ms`.padStart(TIME_WIDTH);
  const heading: Segment[] = [
    { text: `${time}  `, tone: 'muted' },
    { text: t('term.direction', { from: actorName(from, lang), to: actorName(to, lang) }, lang), tone: TONE[from.role] },
    { text: `  ${transfer.summary}  ` },
    { text: t('term.bytes', { bytes: formatNumber(transfer.bytes.length, lang) }, lang), tone: 'muted' },
  ];
  if (transfer.kind === 'ws-frame') heading.push({ text: '  ' }, ...frameHeading(transfer.bytes, readerRole(from.role, to.role), lang));
  if (transfer.lost) heading.push({ text: `  ${t('term.timeline.lost', undefined, lang)}`, tone: 'danger' });

  const dump = hexdumpLines(transfer.bytes, options.limit ?? DEFAULT_DUMP_LIMIT, dumpBytesPerRow(options.columns ?? TERMINAL_COLUMNS));
  const lines: TerminalLine[] = [heading, ...dump.rows.map((row): TerminalLine => [{ text: row }])];
  if (dump.omitted > 0) lines.push([{ text: t('term.more', { count: formatNumber(dump.omitted, lang) }, lang), tone: 'muted' }]);
  return lines;
}

// The side that reads a frame decides the masking rule (RFC 6455 §5.1); a proxy reads as the side it stands in for.
function readerRole(from: ActorRole, to: ActorRole): Role {
  if (to === 'client' || to === 'server') return to;
  return from === 'client' ? 'server' : 'client';
}
