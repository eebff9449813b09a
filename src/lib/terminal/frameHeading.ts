import { t, type Lang } from '../../i18n/terminal';
import { decodeFrame, opcodeName, type Role } from '../../sim';
import type { Segment } from './terminalLine';

/**
 * What a WebSocket frame's heading adds: its opcode by name and FIN/MASK, as
 * the project's codec reads them from the bytes (by `reader`, the side receiving
 * it); a frame the reader would reject says so, with the close code.
 */
export function frameHeading(bytes: Uint8Array, reader: Role, lang: Lang = 'en'): Segment[] {
  const result = decodeFrame(bytes, { role: reader });
  if (result.ok) {
    const { frame } = result;
    const opcode = `0x${frame.opcode.toString(16)}`;
    const flags = t('term.timeline.flags', { fin: frame.fin ? 1 : 0, mask: frame.maskingKey ? 1 : 0 }, lang);
    return [{ text: t('term.timeline.frame', { name: opcodeName(frame.opcode), opcode }, lang) }, { text: `  ${flags}`, tone: 'muted' }];
  }
  if (result.needMore) return [{ text: t('term.timeline.incomplete', { missing: result.missing }, lang), tone: 'danger' }];
  const { code, closeCode, rule } = result.error;
  return [{ text: t('term.timeline.rejected', { code, closeCode, rule }, lang), tone: 'danger' }];
}
