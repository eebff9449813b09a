import { CLOSE_NORMAL } from '../../sim';

const APPLICATION_MIN = 3000;
const APPLICATION_MAX = 4999;

/**
 * Whether a page may pass `code` to `WebSocket.close()`: the WHATWG standard
 * allows only 1000 and 3000–4999 (it throws for anything else), although codes
 * such as 1001 or 1008 are valid on the wire for other clients.
 */
export function browserCloseCode(code: number): boolean {
  return code === CLOSE_NORMAL || (code >= APPLICATION_MIN && code <= APPLICATION_MAX);
}
