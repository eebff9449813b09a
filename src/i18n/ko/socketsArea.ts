/** Korean for `i18n/sockets.ts` (the sockets lesson), loaded as one chunk. */
import { socketCaptions, socketTimers } from './socketCaptions';
import { tcpFields } from './tcpFields';
import { socketsUi } from './socketsUi';

export const socketsArea: readonly Readonly<Record<string, string>>[] = [socketCaptions, socketTimers, tcpFields, socketsUi];
