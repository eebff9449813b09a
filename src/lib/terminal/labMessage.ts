/**
 * The echo server's `socketlab.v1` messages the terminal reads (server/live/README.md;
 * the server's own types are in server/live/liveMessages.ts). They arrive from the
 * network, so each is checked before use; anything else reads as null.
 */

/** One frame exactly as the server read it (the frame mirror). */
export interface MirrorReport {
  readonly index: number;
  readonly fin: boolean;
  readonly opcode: number;
  readonly opcodeName: string;
  readonly masked: boolean;
  /** "37 fa 21 3d", or null when the MASK bit was clear. */
  readonly maskingKey: string | null;
  readonly lengthEncoding: string;
  readonly payloadLength: number;
  readonly headerLength: number;
  /** The header's bytes as received, hex pairs separated by spaces. */
  readonly headerHex: string;
  /** The first payload bytes, unmasked, as hex pairs. */
  readonly payloadHex: string;
  readonly close?: { readonly code: number; readonly reason: string };
}

/** A protocol error the server's decoder found in what the client sent. */
export interface MirrorError {
  readonly code: string;
  readonly closeCode: number;
  readonly offset: number;
  readonly rule: string;
  readonly messageKey: string;
}

/** The lab messages the terminal shows. */
export type LabMessage =
  | { readonly type: 'hello'; readonly mirror: boolean; readonly maxPayloadBytes: number; readonly idleTimeoutMs: number; readonly requestHeaderBytes: number }
  | { readonly type: 'echo'; readonly data: string }
  | { readonly type: 'mirror'; readonly frame: MirrorReport }
  | { readonly type: 'mirror-error'; readonly error: MirrorError }
  /** The server sent a Ping frame carrying `data`, as the page asked (`pingRequest`). */
  | { readonly type: 'pinged'; readonly data: string }
  /** The server refused a request, in words. */
  | { readonly type: 'request-error'; readonly message: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const numbers = (o: Json, ...keys: string[]) => keys.every((key) => typeof o[key] === 'number');
const strings = (o: Json, ...keys: string[]) => keys.every((key) => typeof o[key] === 'string');
const booleans = (o: Json, ...keys: string[]) => keys.every((key) => typeof o[key] === 'boolean');

/** Reads a text message from the server as a lab message, or null if it is not one the terminal knows. */
export function parseLabMessage(text: string): LabMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'hello':
      return booleans(value, 'mirror') && numbers(value, 'maxPayloadBytes', 'idleTimeoutMs', 'requestHeaderBytes') ? (value as LabMessage) : null;
    case 'echo':
      return strings(value, 'data') ? (value as LabMessage) : null;
    case 'mirror':
      return isMirrorReport(value.frame) ? (value as LabMessage) : null;
    case 'pinged':
      return strings(value, 'data') ? (value as LabMessage) : null;
    case 'request-error':
      return strings(value, 'message') ? (value as LabMessage) : null;
    case 'mirror-error':
      return isObject(value.error) && strings(value.error, 'code', 'rule', 'messageKey') && numbers(value.error, 'closeCode', 'offset') ? (value as LabMessage) : null;
    default:
      return null;
  }
}

function isMirrorReport(frame: unknown): frame is MirrorReport {
  if (!isObject(frame)) return false;
  if (!numbers(frame, 'index', 'opcode', 'payloadLength', 'headerLength') || !booleans(frame, 'fin', 'masked')) return false;
  if (!strings(frame, 'opcodeName', 'lengthEncoding', 'headerHex', 'payloadHex')) return false;
  if (frame.maskingKey !== null && typeof frame.maskingKey !== 'string') return false;
  return frame.close === undefined || (isObject(frame.close) && numbers(frame.close, 'code') && strings(frame.close, 'reason'));
}

/** The text a page sends to ask the lab server for a Ping frame carrying `data` (it cannot send one itself). */
export function pingRequest(data: string): string {
  return JSON.stringify({ request: 'ping', data });
}
