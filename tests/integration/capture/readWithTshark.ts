/**
 * Runs Debian's `tshark` on a capture file and returns one row per packet with
 * the fields the capture test compares. tshark only reads a file here (no
 * capture privileges needed); it runs with a bounded time, checksum
 * validation on, and a throw-away home so no one's Wireshark profile leaks in.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TSHARK_TIMEOUT_MS = 30_000;
// Unit and record separators: no payload in these lessons contains them.
const SEPARATOR = '\x1f';
const AGGREGATOR = '\x1e';

/** tshark's TCP analysis flags (each an FT_NONE field, printed only when set). */
export const TCP_ANALYSIS_FLAGS = [
  'retransmission', 'fast_retransmission', 'spurious_retransmission', 'out_of_order', 'reused_ports', 'lost_segment',
  'ack_lost_segment', 'window_update', 'window_full', 'keep_alive', 'keep_alive_ack', 'zero_window_probe', 'zero_window',
  'zero_window_probe_ack', 'duplicate_ack',
] as const;
export type TcpAnalysisFlag = (typeof TCP_ANALYSIS_FLAGS)[number];

const FIELDS = [
  'frame.number', 'ip.src', 'tcp.srcport', 'ip.dst', 'tcp.dstport', 'ip.checksum.status', 'tcp.checksum.status', '_ws.malformed', 'tcp.payload',
  'http.request.method', 'http.request.uri', 'http.response.code',
  'websocket.opcode', 'websocket.fin', 'websocket.mask', 'websocket.payload.text', 'data.data',
  'websocket.payload.close.status_code', 'websocket.payload.close.reason',
  'tls.record.content_type', 'tls.record.length',
  ...TCP_ANALYSIS_FLAGS.map((f) => `tcp.analysis.${f}`),
] as const;
type FieldName = (typeof FIELDS)[number];

/** One packet as tshark dissected it: every field's values (several when a packet holds several frames or records). */
export interface TsharkRow {
  readonly values: (field: FieldName) => string[];
  /** "ip:port" of both ends, the lower first: the same key for both directions of a connection. */
  readonly connectionKey: string;
  /** "ip:port" of the sender. */
  readonly from: string;
}

/** Both ends of a connection as one key, whichever way a packet goes. */
export function connectionKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** The tshark version line, or an error saying how to get tshark. */
export async function tsharkVersion(home: string): Promise<string> {
  try {
    const { stdout } = await run('tshark', ['--version'], { timeout: TSHARK_TIMEOUT_MS, env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home } });
    return stdout.split('\n')[0]!;
  } catch (error) {
    throw new Error(`tshark is needed for this test (Debian package "tshark"; bash .ci/run installs it): ${String(error)}`);
  }
}

/** Every packet of `file`, dissected with checksum validation on. */
export async function readWithTshark(file: string, home: string): Promise<TsharkRow[]> {
  const args = ['-n', '-r', file, '-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE', '-T', 'fields',
    '-E', `separator=${SEPARATOR}`, '-E', `aggregator=${AGGREGATOR}`, '-E', 'occurrence=a', ...FIELDS.flatMap((f) => ['-e', f])];
  const { stdout } = await run('tshark', args, { timeout: TSHARK_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home } });
  return stdout.split('\n').filter((line) => line !== '').map((line) => {
    const cells = line.split(SEPARATOR);
    const values = (field: FieldName): string[] => {
      const cell = cells[FIELDS.indexOf(field)] ?? '';
      return cell === '' ? [] : cell.split(AGGREGATOR);
    };
    const from = `${values('ip.src')[0]}:${values('tcp.srcport')[0]}`;
    return { values, from, connectionKey: connectionKey(from, `${values('ip.dst')[0]}:${values('tcp.dstport')[0]}`) };
  });
}
