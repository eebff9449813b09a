/** Korean for `i18n/wsHandshake.ts` (the handshake stepper), loaded as one chunk. */
import { wsFields } from './wsFields';
import { wsUiCloseCodes } from './wsUiCloseCodes';
import { wsUiHandshake } from './wsUiHandshake';

export const wsHandshakeArea: readonly Readonly<Record<string, string>>[] = [wsFields, wsUiHandshake, wsUiCloseCodes];
