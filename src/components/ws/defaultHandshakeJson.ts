/** For the handshake pages (at build time): the stepper's first walk (RFC 6455's sample key, the working case) as the JSON its `defaultWalk` prop takes. */
import { dataToJson } from '../../lib/timelineJson';
import { handshakeWalk, RFC_SAMPLE_KEY } from '../../lib/ws/handshakeWalk';

/** The walk the stepper shows before the reader changes the key or the case, computed by the codec at build time. */
export function defaultHandshakeJson(): string {
  return dataToJson(handshakeWalk(RFC_SAMPLE_KEY, 'ok'));
}
