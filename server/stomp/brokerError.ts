/**
 * Why the broker ends a connection: the codec's errors (their English sentence
 * from src/i18n) and the broker's own rules, each with the sentence that goes
 * in the ERROR frame's `message` header and the WebSocket close code after it.
 */
import type { StompError } from '../../src/sim/index';
import { stompFields } from '../../src/i18n/en/stompFields';

/** The broker's own reasons (the codec's come as a StompError). */
export type BrokerRule =
  | { readonly rule: 'notConnected'; readonly command: string }
  | { readonly rule: 'alreadyConnected' }
  | { readonly rule: 'badDestination'; readonly destination: string }
  | { readonly rule: 'duplicateSubscription'; readonly id: string }
  | { readonly rule: 'unknownSubscription'; readonly id: string }
  | { readonly rule: 'unknownAck'; readonly id: string }
  | { readonly rule: 'tooManySubscriptions'; readonly limit: number }
  | { readonly rule: 'slowConsumer'; readonly limit: number }
  | { readonly rule: 'bufferFull'; readonly limit: number }
  | { readonly rule: 'queueFull'; readonly destination: string; readonly limit: number }
  | { readonly rule: 'heartBeatSilence'; readonly ms: number }
  | { readonly rule: 'connectTimeout'; readonly ms: number }
  | { readonly rule: 'frameTimeout'; readonly ms: number }
  | { readonly rule: 'transactionsUnsupported'; readonly command: string };

/** A reason to send ERROR and close. */
export type BrokerFailure = { readonly kind: 'codec'; readonly error: StompError } | { readonly kind: 'broker'; readonly reason: BrokerRule };

/** RFC 6455 §7.4.1 close codes the broker uses after ERROR. */
export const CLOSE_PROTOCOL_ERROR = 1002;
export const CLOSE_POLICY_VIOLATION = 1008;
export const CLOSE_MESSAGE_TOO_BIG = 1009;

/** The readable sentence for the ERROR frame's `message` header. */
export function failureMessage(failure: BrokerFailure): string {
  if (failure.kind === 'codec') {
    const template = stompFields[failure.error.messageKey] ?? failure.error.code;
    return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(failure.error.values[name] ?? `{${name}}`));
  }
  const r = failure.reason;
  switch (r.rule) {
    case 'notConnected': return `The first frame must be CONNECT (or STOMP), not ${r.command}.`;
    case 'alreadyConnected': return 'This connection has already sent CONNECT.';
    case 'badDestination': return `“${r.destination}” is not a destination here: use /topic/<name> (every subscriber) or /queue/<name> (one consumer).`;
    case 'duplicateSubscription': return `A subscription with id “${r.id}” already exists on this connection.`;
    case 'unknownSubscription': return `There is no subscription with id “${r.id}” on this connection.`;
    case 'unknownAck': return `No unacknowledged message has the id “${r.id}”.`;
    case 'tooManySubscriptions': return `A connection may hold at most ${r.limit} subscriptions.`;
    case 'slowConsumer': return `Slow consumer: ${r.limit} messages are waiting for an ACK on one subscription.`;
    case 'bufferFull': return `Slow consumer: more than ${r.limit} bytes are waiting to be sent to this connection.`;
    case 'queueFull': return `The queue ${r.destination} already holds ${r.limit} messages that nobody consumes.`;
    case 'heartBeatSilence': return `No heart-beat or frame for ${r.ms} ms.`;
    case 'connectTimeout': return `No CONNECT frame within ${r.ms} ms.`;
    case 'frameTimeout': return `A frame did not end (no NUL byte) within ${r.ms} ms.`;
    case 'transactionsUnsupported': return `${r.command}: this small broker does not support transactions.`;
  }
}

/** The close code after the ERROR frame. */
export function failureCloseCode(failure: BrokerFailure): number {
  if (failure.kind === 'codec') return failure.error.code === 'STOMP_ERR_FRAME_TOO_LARGE' ? CLOSE_MESSAGE_TOO_BIG : CLOSE_PROTOCOL_ERROR;
  switch (failure.reason.rule) {
    case 'tooManySubscriptions': case 'slowConsumer': case 'bufferFull': case 'queueFull': case 'heartBeatSilence': case 'connectTimeout': case 'frameTimeout':
      return CLOSE_POLICY_VIOLATION;
    default:
      return CLOSE_PROTOCOL_ERROR;
  }
}

/** A stable code for the ERROR body (the codec's, or STOMP_BROKER_<rule>). */
export function failureCode(failure: BrokerFailure): string {
  return failure.kind === 'codec' ? failure.error.code : `STOMP_BROKER_${failure.reason.rule.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}
