/**
 * WebSocket field meanings (keys "wsfield.*") for the byte and frame inspectors,
 * and WebSocket protocol errors (keys "wserr.*") explained for a learner.
 */
export const wsFields: Record<string, string> = {
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

  // Frame and message errors (RFC 6455 §5, §7.4, §8.1)
  'wserr.rsv1': 'RSV1 is set, but no extension was agreed that uses it. The connection must close with 1002.',
  'wserr.rsv23': 'RSV2 or RSV3 is set, but no extension was agreed that uses it. The connection must close with 1002.',
  'wserr.reservedOpcode': 'Opcode {opcode} is reserved: no frame may use it. The connection must close with 1002.',
  'wserr.continuationWithoutStart': 'A continuation frame arrived, but no fragmented message was open to continue. Close with 1002.',
  'wserr.dataInsideFragmented': 'A new message (opcode {opcode}) started before the fragmented one finished. Close with 1002.',
  'wserr.fragmentedControl': 'Control frame {opcode} has FIN = 0. Control frames may not be fragmented. Close with 1002.',
  'wserr.controlTooLong': 'A control frame has {length} in its 7-bit length field. Control frames carry at most 125 bytes, so they never use the extended lengths (126 and 127 announce one). Close with 1002.',
  'wserr.closeOneByte': 'A close frame has a 1-byte body. It must be empty or start with a 2-byte code. Close with 1002.',
  'wserr.expectedMask': 'A frame from the client is not masked. A server must close with 1002.',
  'wserr.unexpectedMask': 'A frame from the server is masked. A client must close with 1002.',
  'wserr.lengthTooLarge': 'The 64-bit length is larger than any message this endpoint can hold. Close with 1009.',
  'wserr.messageTooBig': 'The message would be {length} bytes, more than the limit of {max}. Close with 1009.',
  'wserr.invalidUtf8': 'A text message contains a byte that cannot be valid UTF-8 here. Close with 1007.',
  'wserr.incompleteUtf8': 'A text message ends in the middle of a UTF-8 character. Close with 1007.',
  'wserr.invalidCloseReason': 'The close reason is not valid UTF-8. Close with 1007.',
  'wserr.invalidCloseCode': 'Close code {closeCode} may not be sent in a close frame. Close with 1002.',
  'wserr.truncatedFrame': 'The connection ended in the middle of a frame, {needed} bytes short. No close frame came: the code is 1006.',
  'wserr.truncatedMessage': 'The connection ended before the last fragment of a message arrived. No close frame came: the code is 1006.',

  // Opening handshake errors (RFC 6455 §4.1, §4.2, §4.4)
  'wserr.handshake.notGet': 'The upgrade request must be a GET, not {method}. The server answers 405.',
  'wserr.handshake.oldHttpVersion': 'The upgrade needs HTTP/1.1 or later, not {version}. The server answers 400.',
  'wserr.handshake.missingHost': 'The request has no Host header. The server answers 400.',
  'wserr.handshake.missingUpgrade': 'The Upgrade header must say "websocket" (it says "{value}").',
  'wserr.handshake.missingConnectionUpgrade': 'The Connection header must contain "Upgrade" (it says "{value}").',
  'wserr.handshake.missingKey': 'The request has no Sec-WebSocket-Key. The server answers 400.',
  'wserr.handshake.malformedKey': 'Sec-WebSocket-Key "{key}" is not the base64 of 16 bytes. The server answers 400.',
  'wserr.handshake.unsupportedVersion': 'The server speaks version {supported}, not "{version}". It answers 426 and names the version it speaks.',
  'wserr.handshake.badSubprotocolList': 'Sec-WebSocket-Protocol must be a list of distinct names ("{value}" is not). The server answers 400.',
  'wserr.handshake.originNotAllowed': 'The server does not accept connections from origin "{origin}". It answers 403.',
  'wserr.handshake.notSwitchingProtocols': 'The server answered {status} instead of 101 Switching Protocols, so there is no WebSocket.',
  'wserr.handshake.missingAccept': 'The answer has no Sec-WebSocket-Accept. The client expected {expected} and fails the connection.',
  'wserr.handshake.wrongAccept': 'Sec-WebSocket-Accept is {received}, but the key gives {expected}. The client fails the connection.',
  'wserr.handshake.unsupportedSubprotocol': 'The server picked subprotocol "{protocol}", which the client did not offer. The client fails the connection.',
  'wserr.handshake.missingSubprotocol': 'The client offered {offered} but the server picked none. Browsers fail the connection.',
  'wserr.handshake.unrequestedExtension': 'The server accepted extension "{extension}", which the client did not offer. The client fails the connection.',
};
