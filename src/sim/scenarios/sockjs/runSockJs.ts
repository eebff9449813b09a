import type { Timeline } from '../../timeline/types';
import type { SockJsParams } from '../scenarioParams';
export function runSockJs(_params: SockJsParams): Timeline { throw new Error('todo'); }
