/**
 * i18n entry for the Socket.IO and SockJS widgets: the WebSocket widget's
 * field meanings and knob labels (their frames are WebSocket frames), the
 * engine.io / Socket.IO / SockJS field meanings, and their own knob labels.
 */
import './wsLesson';
import './realtime';
import { registerDictionary, registerTranslation } from './index';
import { realtimeParams } from './en/realtimeParams';

registerDictionary(realtimeParams);
registerTranslation('ko', () => import('./ko/realtimeParams').then((m) => [m.realtimeParams]));

export * from './index';
