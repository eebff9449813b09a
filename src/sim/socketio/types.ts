/** The Socket.IO packet as the codecs see it (socket.io-parser's `Packet`). */
import type { SocketIoPacketType } from './packetTypes';

/**
 * One Socket.IO packet. `data` is any JSON value; before encoding it may hold
 * binary (`Uint8Array`) anywhere, which the encoder moves into attachments.
 */
export interface SocketIoPacket {
  readonly type: SocketIoPacketType;
  /** "/" unless the packet names another namespace. */
  readonly nsp: string;
  /** The acknowledgement id: an EVENT that wants an answer, and the ACK that answers it. */
  readonly id?: number;
  readonly data?: unknown;
  /** BINARY_EVENT / BINARY_ACK: how many binary messages follow. */
  readonly attachments?: number;
}
