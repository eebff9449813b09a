/** Why a live link stopped, as an i18n key and its values; close codes are named and explained. */
import { closeCodeList } from '../../sim';
import type { LinkEnd } from './liveLink';

/** A sentence to translate. */
export interface Sentence {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** The words for `end`; a WebSocket close code names its meaning when RFC 6455 or IANA defines it. */
export function endMessage(end: LinkEnd, t: (key: string, values?: Readonly<Record<string, string | number>>) => string): Sentence {
  switch (end.kind) {
    case 'http-error':
      return { key: 'live.end.http-error', values: { status: end.status, error: end.error } };
    case 'stream-end':
      return { key: 'live.end.stream-end', values: { reason: end.reason } };
    case 'ws-close': {
      const known = closeCodeList.some((entry) => entry.code === end.code);
      return {
        key: 'live.end.ws-close',
        values: {
          code: end.code,
          name: known ? t(`wsui.closeName.${end.code}`) : String(end.code),
          reason: end.reason ? t('live.end.ws-reason', { reason: end.reason }) : '',
          meaning: known ? t(`wsui.closeCode.${end.code}`) : t('live.end.unknownCode'),
        },
      };
    }
    default:
      return { key: `live.end.${end.kind}` };
  }
}
