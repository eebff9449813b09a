/** i18n entry for the Socket.IO / SockJS live section: import from here wherever `rtlive.*` keys are used. */
import { registerDictionary, registerTranslation } from './index';
import { realtimeLive } from './en/realtimeLive';

registerDictionary(realtimeLive);
registerTranslation('ko', () => import('./ko/realtimeLive').then((m) => [m.realtimeLive]));

export * from './index';
