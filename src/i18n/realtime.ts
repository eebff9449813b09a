/**
 * i18n entry for the Socket.IO / SockJS lesson and its inspectors: the same
 * `t` and `caption`, with the engine.io, Socket.IO and SockJS field meanings
 * and errors registered. Import from here wherever those keys are used.
 */
import { registerDictionary, registerTranslation } from './index';
import { realtimeFields } from './en/realtimeFields';

registerDictionary(realtimeFields);
registerTranslation('ko', () => import('./ko/realtimeArea').then((m) => m.realtimeArea));

export * from './index';
