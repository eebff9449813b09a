/**
 * Turns the messages engine.io delivers into Socket.IO packets, the way
 * socket.io-parser's Decoder does: a text message is a packet; a BINARY_EVENT
 * or BINARY_ACK waits for its announced number of binary messages, then its
 * placeholders are filled. A message out of turn is an error value.
 */
import { encodeUtf8 } from '../bytes/utf8';
import type { DecodeSocketIoOptions } from './decodePacket';
import { decodeSocketIoPacket } from './decodePacket';
import { ACK, BINARY_EVENT, EVENT, isBinaryType } from './packetTypes';
import { reconstructPacket } from './reconstructPacket';
import { socketIoError, type SocketIoError } from './socketIoError';
import type { SocketIoPacket } from './types';

/** What one message yields: nothing yet (an attachment is awaited), a whole packet, or an error. */
export type SocketIoReaderEvent =
  | { readonly kind: 'waiting'; readonly missing: number }
  | { readonly kind: 'packet'; readonly packet: SocketIoPacket }
  | { readonly kind: 'error'; readonly error: SocketIoError };

/** Reassembles packets from a stream of engine.io messages. */
export class SocketIoReader {
  private pending: SocketIoPacket | undefined;
  private buffers: Uint8Array[] = [];

  constructor(private readonly options: DecodeSocketIoOptions = {}) {}

  /** Takes the next message: text (a string or its UTF-8 bytes flagged `binary: false`) or a binary attachment. */
  push(message: string | Uint8Array, binary = typeof message !== 'string'): SocketIoReaderEvent {
    if (!binary) {
      if (this.pending) return this.reset(socketIoError('unexpectedText', 0));
      const bytes = typeof message === 'string' ? encodeUtf8(message) : message;
      const result = decodeSocketIoPacket(bytes, this.options);
      if (!result.ok) return { kind: 'error', error: result.error };
      if (!isBinaryType(result.packet.type)) return { kind: 'packet', packet: result.packet };
      // The packet is delivered as the EVENT or ACK it stands for, once its binary is back.
      this.pending = { ...result.packet, type: result.packet.type === BINARY_EVENT ? EVENT : ACK };
      return { kind: 'waiting', missing: result.packet.attachments ?? 0 };
    }
    if (!this.pending) return { kind: 'error', error: socketIoError('unexpectedBinary', 0) };
    this.buffers.push(typeof message === 'string' ? encodeUtf8(message) : message);
    const missing = (this.pending.attachments ?? 0) - this.buffers.length;
    if (missing > 0) return { kind: 'waiting', missing };
    const result = reconstructPacket(this.pending, this.buffers);
    this.pending = undefined;
    this.buffers = [];
    return result.ok ? { kind: 'packet', packet: result.packet } : { kind: 'error', error: result.error };
  }

  private reset(error: SocketIoError): SocketIoReaderEvent {
    this.pending = undefined;
    this.buffers = [];
    return { kind: 'error', error };
  }
}
