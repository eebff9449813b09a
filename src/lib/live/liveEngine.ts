/**
 * Everything a connected live run needs that the page does not need before the
 * reader presses Connect: the links, the probe, the simulator's prediction and
 * the WebSocket close code texts. The panel imports this module on demand, so
 * /live's first load stays small.
 */
import '../../i18n/ws';

export { endMessage } from './endMessage';
export { pollLink } from './pollLink';
export { predictLive } from './predictLive';
export { probeLive } from './probeLive';
export { sseLink } from './sseLink';
export { wsLink } from './wsLink';
export { modelRequestHead } from './modelRequestHead';
export { pageFacts } from './pageFacts';
export { requestHeadDiff } from './requestHeadDiff';
export { CHROME_MODEL_VERSION } from '../../sim';
