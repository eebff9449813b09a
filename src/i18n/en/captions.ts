import type { CaptionKey } from '../../sim/timeline/types';

/** Narration for each timeline step (the ARIA live region reads these). */
export const captions: Record<CaptionKey, string> = {
  'step.send': '{from} sends {summary} — {bytes} bytes',
  'step.arrive': '{summary} reaches the {to} — {bytes} bytes',
  'step.hold': 'The {actor} holds {summary} open: nothing to send yet',
  'step.release': 'The {actor} releases the held request ({reason})',
  'step.timer': "The {actor}'s {timer} timer fires after {ms} ms",
  'step.appEvent': 'Event #{id} happens on the server',
  'step.deliver': 'The client has event #{id} — {latency} ms after it happened',
  'step.connectionOpen': 'The {actor} opens TCP connection #{connection}',
  'step.connectionClose': 'TCP connection #{connection} closes',
  'step.idle': 'The {actor} waits',
};
