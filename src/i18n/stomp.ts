/**
 * i18n entry for the STOMP lesson and its components: the same `t` and
 * `caption`, with the STOMP field meanings and error sentences registered.
 */
import { registerDictionary, registerTranslation } from './index';
import { stompFields } from './en/stompFields';

registerDictionary(stompFields);
registerTranslation('ko', () => import('./ko/stompFields').then((m) => [m.stompFields]));

export * from './index';
