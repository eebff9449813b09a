/**
 * i18n entry for the sockets lesson: the captions of its system-call and TCP-state steps, its timers and the TCP
 * header's field meanings, registered on top of the core strings. Import from here (not `i18n/index`) wherever a
 * sockets timeline is narrated, so the other lessons do not ship these sentences.
 */
import { registerDictionary, registerTranslation } from './index';
import { socketCaptions, socketTimers } from './en/socketCaptions';
import { tcpFields } from './en/tcpFields';
import { socketsUi } from './en/socketsUi';

registerDictionary(socketCaptions, socketTimers, tcpFields, socketsUi);
registerTranslation('ko', () => import('./ko/socketsArea').then((m) => m.socketsArea));

export * from './index';
