/** Korean for `i18n/realtime.ts` (the Socket.IO and SockJS lesson), loaded as one chunk. */
import { realtimeFields } from './realtimeFields';

export const realtimeArea: readonly Readonly<Record<string, string>>[] = [realtimeFields];
