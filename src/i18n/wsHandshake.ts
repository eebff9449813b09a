/**
 * i18n entry for the handshake stepper: the handshake's field names and errors, its own sentences and the close
 * codes, without the frame lab's and the other WebSocket widgets' UI strings (`i18n/ws.ts`), which its page need not ship.
 */
import { registerDictionary, registerTranslation } from './index';
import { registerFieldMeanings, wsMeanings } from './fieldMeanings.svelte';
import { wsFields } from './en/wsFields';
import { wsUiCloseCodes } from './en/wsUiCloseCodes';
import { wsUiHandshake } from './en/wsUiHandshake';

registerDictionary(wsFields, wsUiHandshake, wsUiCloseCodes);
// The header fields' meanings load on the first field picked (`fieldMeanings.svelte.ts`).
registerFieldMeanings(wsMeanings);
registerTranslation('ko', () => import('./ko/wsHandshakeArea').then((m) => m.wsHandshakeArea));

export * from './index';
