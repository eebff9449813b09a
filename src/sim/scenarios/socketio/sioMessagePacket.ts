import { encodeUtf8 } from '../../bytes/utf8';
import type { EngineIoPacket } from '../../engineio/types';
import { decodeSocketIoPacket } from '../../socketio/decodePacket';
import { encodeSocketIoPacketText } from '../../socketio/encodePacket';
import type { SocketIoPacket } from '../../socketio/types';

/**
 * An engine.io message packet whose text is a Socket.IO packet written by the codec, with that Socket.IO packet
 * as its sender made it: the receiver acts on `sio` instead of decoding the text again (nothing in this scenario
 * alters bytes on the way; `sioReaders.test.ts` checks the decoder reads the same from the bytes).
 */
export class SioMessagePacket implements EngineIoPacket {
  readonly type = 'message' as const;
  readonly data: string;
  constructor(readonly sio: SocketIoPacket) {
    this.data = encodeSocketIoPacketText(sio);
  }
}

/** The Socket.IO packet inside a message packet's text: as its sender made it, else decoded; undefined if it does not decode. */
export function carriedSocketIo(packet: EngineIoPacket, text: string): SocketIoPacket | undefined {
  if (packet instanceof SioMessagePacket) return packet.sio;
  const decoded = decodeSocketIoPacket(encodeUtf8(text));
  return decoded.ok ? decoded.packet : undefined;
}
