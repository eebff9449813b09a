import type { CaptionKey } from '../../sim/timeline/types';

/** Narration for each timeline step (the ARIA live region reads these). */
export const captions: Record<CaptionKey, string> = {
  'step.send': '{from} sends {summary} — {bytes} bytes',
  'step.arrive': '{summary} reaches {to} — {bytes} bytes',
  'step.hold': '{actor} holds {summary} open: nothing to send yet',
  'step.release': '{actor} releases the held request ({reason})',
  'step.timer': '{actor}: the {timer} fires after {ms} ms',
  'step.appEvent': 'Event #{id} happens on the server',
  'step.deliver': 'The client has event #{id} — {latency} ms after it happened',
  'step.connectionOpen': '{actor} opens TCP connection #{connection}',
  'step.connectionClose': 'TCP connection #{connection} closes',
  'step.idle': '{actor} waits',
};

/** Names of the timers a step can mention. */
export const timers: Record<string, string> = {
  'timer.poll-interval': 'poll interval',
  'timer.hold-timeout': 'hold time-out',
  'timer.send-message': 'send-message timer',
};
