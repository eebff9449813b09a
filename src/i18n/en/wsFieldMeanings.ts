/** What each WebSocket field means (keys "wsfield.*"), for the byte and frame inspectors: loaded on the first field picked (`fieldMeanings.svelte.ts`). */
export const wsFieldMeanings: Record<string, string> = {
  // Frame header, byte 0 (RFC 6455 §5.2)
  'wsfield.fin.final': 'FIN = 1: this is the last (or only) frame of the message.',
  'wsfield.fin.more': 'FIN = 0: more frames of this message follow.',
  'wsfield.rsv': 'A reserved bit. It must be 0 unless an extension agreed in the handshake gives it a meaning.',
  'wsfield.opcode.continuation': 'Opcode 0x0: this frame continues a message that an earlier frame started.',
  'wsfield.opcode.text': 'Opcode 0x1: a text message. The payload must be valid UTF-8.',
  'wsfield.opcode.binary': 'Opcode 0x2: a binary message. The payload is raw bytes.',
  'wsfield.opcode.close': 'Opcode 0x8: close. The sender wants to end the connection.',
  'wsfield.opcode.ping': 'Opcode 0x9: ping. The other side must answer with a pong carrying the same data.',
  'wsfield.opcode.pong': 'Opcode 0xA: pong. The answer to a ping, or a one-way heartbeat.',
  'wsfield.opcode.reservedData': 'A reserved data opcode (0x3–0x7). No frame may use it yet.',
  'wsfield.opcode.reservedControl': 'A reserved control opcode (0xB–0xF). No frame may use it yet.',

  // Frame header, byte 1 and the extended length (RFC 6455 §5.2)
  'wsfield.mask.on': 'MASK = 1: the payload is XORed with the 4-byte masking key that follows. Every frame from a browser is masked.',
  'wsfield.mask.off': 'MASK = 0: the payload is sent as is. Frames from a server are never masked.',
  'wsfield.payloadLen.7': 'The payload length itself, 0 to 125 bytes, in 7 bits.',
  'wsfield.payloadLen.16': '126 means: the real length is in the next 2 bytes.',
  'wsfield.payloadLen.64': '127 means: the real length is in the next 8 bytes.',
  'wsfield.extendedLen.16': 'The payload length as a 16-bit number, for payloads of 126 to 65,535 bytes.',
  'wsfield.extendedLen.64': 'The payload length as a 64-bit number, for payloads of 65,536 bytes or more.',
  'wsfield.maskingKey': 'The masking key: 4 random bytes the client picks for each frame. Byte i of the payload is XORed with key byte i mod 4.',

  // Payload (RFC 6455 §5.3, §5.5.1, §5.6)
  'wsfield.payload': 'The payload: the application data this frame carries.',
  'wsfield.payload.masked': 'The payload as sent, XORed with the masking key. The value shown is the unmasked data.',
  'wsfield.payload.deflated': 'Compressed payload (permessage-deflate): raw DEFLATE data with the final 00 00 ff ff removed. The receiver appends those 4 bytes to the whole message and inflates it.',
  'wsfield.payload.deflated.masked': 'Compressed payload (permessage-deflate), XORed with the masking key; the value shown is the unmasked DEFLATE data. Masking comes after compression.',
  'wsfield.rsv1.deflate': 'RSV1 = 1: with permessage-deflate agreed, this message is compressed (RFC 7692 §6; set on the first frame only). Without that agreement, a protocol error (1002).',
  'wsfield.closeCode': 'The close status code, 2 bytes: why the connection is closing (1000 means a normal closure).',
  'wsfield.closeCode.masked': 'The close status code, masked on the wire. The value shown is the unmasked code.',
  'wsfield.closeReason': 'The close reason: optional UTF-8 text for people reading logs, at most 123 bytes.',
  'wsfield.closeReason.masked': 'The close reason, masked on the wire. The value shown is the unmasked text.',

  // Opening handshake headers (RFC 6455 §4)
  'wsfield.header.upgrade': 'Upgrade: websocket asks the server to switch this connection from HTTP to the WebSocket protocol.',
  'wsfield.header.connection': 'Connection: Upgrade marks the Upgrade header as meant for this hop, so the switch can happen.',
  'wsfield.header.origin': 'The page that opened the socket. The server may refuse origins it does not trust.',
  'wsfield.header.key': 'Sec-WebSocket-Key: 16 random bytes in base64. The server must prove it read them.',
  'wsfield.header.version': 'Sec-WebSocket-Version: the protocol version. 13 is the only one RFC 6455 defines.',
  'wsfield.header.accept': 'Sec-WebSocket-Accept: base64 of SHA-1 of the client key followed by a fixed GUID. Proof that this server understood the request.',
  'wsfield.header.protocol': 'Sec-WebSocket-Protocol: the subprotocols the client offers, or the one the server picked.',
  'wsfield.header.extensions': 'Sec-WebSocket-Extensions: the extensions offered or accepted, such as permessage-deflate.',
};
