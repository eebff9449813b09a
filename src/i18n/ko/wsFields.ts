/**
 * 바이트·프레임 인스펙터에 보이는 웹소켓 필드의 의미 (키 "wsfield.*")와,
 * 학습자를 위해 풀어 쓴 웹소켓 프로토콜 오류 (키 "wserr.*").
 */
export const wsFields: Record<string, string> = {
  // 프레임 헤더, 바이트 0 (RFC 6455 §5.2)
  'wsfield.fin.final': 'FIN = 1: 메시지의 마지막 (또는 유일한) 프레임입니다.',
  'wsfield.fin.more': 'FIN = 0: 이 메시지의 프레임이 더 이어집니다.',
  'wsfield.rsv': '예약 비트입니다. 핸드셰이크에서 합의한 확장이 의미를 부여하지 않는 한 0이어야 합니다.',
  'wsfield.opcode.continuation': 'Opcode 0x0: 앞선 프레임이 시작한 메시지를 이어 가는 프레임입니다.',
  'wsfield.opcode.text': 'Opcode 0x1: 텍스트 메시지입니다. 페이로드는 올바른 UTF-8이어야 합니다.',
  'wsfield.opcode.binary': 'Opcode 0x2: 바이너리 메시지입니다. 페이로드는 가공하지 않은 바이트입니다.',
  'wsfield.opcode.close': 'Opcode 0x8: close. 보내는 쪽이 연결을 끝내려고 합니다.',
  'wsfield.opcode.ping': 'Opcode 0x9: ping. 상대는 같은 데이터를 담은 pong으로 답해야 합니다.',
  'wsfield.opcode.pong': 'Opcode 0xA: pong. ping에 대한 응답이거나, 답을 바라지 않는 단방향 하트비트입니다.',
  'wsfield.opcode.reservedData': '예약된 데이터 opcode(0x3–0x7)입니다. 아직 어떤 프레임도 쓸 수 없습니다.',
  'wsfield.opcode.reservedControl': '예약된 제어 opcode(0xB–0xF)입니다. 아직 어떤 프레임도 쓸 수 없습니다.',

  // 프레임 헤더, 바이트 1과 확장 길이 (RFC 6455 §5.2)
  'wsfield.mask.on': 'MASK = 1: 페이로드가 뒤따르는 4바이트 마스킹 키로 XOR되어 있습니다. 브라우저가 보내는 모든 프레임은 마스킹됩니다.',
  'wsfield.mask.off': 'MASK = 0: 페이로드를 그대로 보냅니다. 서버가 보내는 프레임은 절대 마스킹하지 않습니다.',
  'wsfield.payloadLen.7': '7비트로 쓴 페이로드 길이 그 자체로, 0부터 125바이트까지입니다.',
  'wsfield.payloadLen.16': '126은 실제 길이가 다음 2바이트에 있다는 뜻입니다.',
  'wsfield.payloadLen.64': '127은 실제 길이가 다음 8바이트에 있다는 뜻입니다.',
  'wsfield.extendedLen.16': '16비트 숫자로 쓴 페이로드 길이로, 126바이트부터 65,535바이트까지의 페이로드에 씁니다.',
  'wsfield.extendedLen.64': '64비트 숫자로 쓴 페이로드 길이로, 65,536바이트 이상의 페이로드에 씁니다.',
  'wsfield.maskingKey': '마스킹 키: 클라이언트가 프레임마다 고르는 무작위 4바이트입니다. 페이로드의 i번째 바이트는 키의 (i mod 4)번째 바이트와 XOR됩니다.',

  // 페이로드 (RFC 6455 §5.3, §5.5.1, §5.6)
  'wsfield.payload': '페이로드: 이 프레임이 나르는 애플리케이션 데이터입니다.',
  'wsfield.payload.masked': '마스킹 키로 XOR된, 전송된 그대로의 페이로드입니다. 표시된 값은 마스킹을 푼 데이터입니다.',
  'wsfield.closeCode': '종료 상태 코드(2바이트): 연결을 닫는 이유입니다 (1000은 정상 종료).',
  'wsfield.closeCode.masked': '전송 중에는 마스킹된 종료 상태 코드입니다. 표시된 값은 마스킹을 푼 코드입니다.',
  'wsfield.closeReason': '종료 사유: 로그를 읽는 사람을 위한 선택적 UTF-8 텍스트로, 최대 123바이트입니다.',
  'wsfield.closeReason.masked': '전송 중에는 마스킹된 종료 사유입니다. 표시된 값은 마스킹을 푼 텍스트입니다.',

  // 여는 핸드셰이크 헤더 (RFC 6455 §4)
  'wsfield.header.upgrade': 'Upgrade: websocket은 이 연결을 HTTP에서 웹소켓 프로토콜로 전환해 달라고 서버에 요청합니다.',
  'wsfield.header.connection': 'Connection: Upgrade는 Upgrade 헤더가 이 구간(hop)을 위한 것임을 표시해서 전환이 일어날 수 있게 합니다.',
  'wsfield.header.origin': '소켓을 연 페이지입니다. 서버는 신뢰하지 않는 오리진을 거부할 수 있습니다.',
  'wsfield.header.key': 'Sec-WebSocket-Key: base64로 쓴 무작위 16바이트입니다. 서버는 이 값을 읽었다는 것을 증명해야 합니다.',
  'wsfield.header.version': 'Sec-WebSocket-Version: 프로토콜 버전입니다. RFC 6455가 정의하는 버전은 13 하나뿐입니다.',
  'wsfield.header.accept': 'Sec-WebSocket-Accept: 클라이언트 키 뒤에 고정 GUID를 붙여 SHA-1로 해시한 값의 base64입니다. 이 서버가 요청을 이해했다는 증거입니다.',
  'wsfield.header.protocol': 'Sec-WebSocket-Protocol: 클라이언트가 제안하는 서브프로토콜들, 또는 서버가 고른 하나입니다.',
  'wsfield.header.extensions': 'Sec-WebSocket-Extensions: 제안되었거나 수락된 확장입니다. 예: permessage-deflate.',

  // 프레임과 메시지 오류 (RFC 6455 §5, §7.4, §8.1)
  'wserr.rsv1': 'RSV1이 설정되었지만, 이를 쓰는 확장을 합의한 적이 없습니다. 연결은 1002로 닫혀야 합니다.',
  'wserr.rsv23': 'RSV2나 RSV3이 설정되었지만, 이를 쓰는 확장을 합의한 적이 없습니다. 연결은 1002로 닫혀야 합니다.',
  'wserr.reservedOpcode': '예약된 opcode({opcode})입니다: 어떤 프레임도 쓸 수 없습니다. 연결은 1002로 닫혀야 합니다.',
  'wserr.continuationWithoutStart': '연속 프레임이 도착했지만 이어 갈 조각난 메시지가 없습니다. 1002로 닫습니다.',
  'wserr.dataInsideFragmented': '조각난 메시지가 끝나기 전에 새 메시지(opcode {opcode})가 시작되었습니다. 1002로 닫습니다.',
  'wserr.fragmentedControl': '제어 프레임({opcode})의 FIN이 0입니다. 제어 프레임은 조각낼 수 없습니다. 1002로 닫습니다.',
  'wserr.controlTooLong': '제어 프레임의 7비트 길이 필드 값이 {length}입니다. 제어 프레임은 최대 125바이트만 나르므로 확장 길이를 절대 쓰지 않습니다 (126과 127은 확장 길이를 예고합니다). 1002로 닫습니다.',
  'wserr.closeOneByte': 'Close 프레임의 본문이 1바이트입니다. 본문은 비어 있거나 2바이트 코드로 시작해야 합니다. 1002로 닫습니다.',
  'wserr.expectedMask': '클라이언트가 보낸 프레임이 마스킹되지 않았습니다. 서버는 1002로 닫아야 합니다.',
  'wserr.unexpectedMask': '서버가 보낸 프레임이 마스킹되어 있습니다. 클라이언트는 1002로 닫아야 합니다.',
  'wserr.lengthTooLarge': '64비트 길이가 이 엔드포인트가 담을 수 있는 어떤 메시지보다 큽니다. 1009로 닫습니다.',
  'wserr.messageTooBig': '메시지가 {length}바이트가 되어 한도 {max}바이트를 넘습니다. 1009로 닫습니다.',
  'wserr.invalidUtf8': '텍스트 메시지에 이 위치에서 올바른 UTF-8이 될 수 없는 바이트가 있습니다. 1007로 닫습니다.',
  'wserr.incompleteUtf8': '텍스트 메시지가 UTF-8 문자 중간에서 끝납니다. 1007로 닫습니다.',
  'wserr.invalidCloseReason': '종료 사유가 올바른 UTF-8이 아닙니다. 1007로 닫습니다.',
  'wserr.invalidCloseCode': '종료 코드({closeCode})는 Close 프레임에 담아 보낼 수 없습니다. 1002로 닫습니다.',
  'wserr.truncatedFrame': '프레임 도중에 연결이 끝났습니다. {needed}바이트가 모자랍니다. Close 프레임이 오지 않았으므로 코드는 1006입니다.',
  'wserr.truncatedMessage': '메시지의 마지막 조각이 도착하기 전에 연결이 끝났습니다. Close 프레임이 오지 않았으므로 코드는 1006입니다.',

  // 여는 핸드셰이크 오류 (RFC 6455 §4.1, §4.2, §4.4)
  'wserr.handshake.notGet': '업그레이드 요청의 메서드는 GET이어야 합니다 (받은 메서드: {method}). 서버는 405로 응답합니다.',
  'wserr.handshake.oldHttpVersion': '업그레이드에는 HTTP/1.1 이상이 필요합니다 (받은 버전: {version}). 서버는 400으로 응답합니다.',
  'wserr.handshake.missingHost': '요청에 Host 헤더가 없습니다. 서버는 400으로 응답합니다.',
  'wserr.handshake.missingUpgrade': 'Upgrade 헤더의 값은 "websocket"이어야 합니다 (실제 값: "{value}").',
  'wserr.handshake.missingConnectionUpgrade': 'Connection 헤더에 "Upgrade"가 있어야 합니다 (실제 값: "{value}").',
  'wserr.handshake.missingKey': '요청에 Sec-WebSocket-Key가 없습니다. 서버는 400으로 응답합니다.',
  'wserr.handshake.malformedKey': 'Sec-WebSocket-Key가 16바이트를 base64로 쓴 값이 아닙니다: "{key}". 서버는 400으로 응답합니다.',
  'wserr.handshake.unsupportedVersion': '서버는 버전 {supported}만 씁니다 (요청한 버전: "{version}"). 서버는 426으로 응답하며 자신이 쓰는 버전을 알려 줍니다.',
  'wserr.handshake.badSubprotocolList': 'Sec-WebSocket-Protocol은 서로 다른 이름의 목록이어야 합니다 (받은 값: "{value}"). 서버는 400으로 응답합니다.',
  'wserr.handshake.originNotAllowed': '서버가 오리진 "{origin}"의 연결을 받아들이지 않습니다. 서버는 403으로 응답합니다.',
  'wserr.handshake.notSwitchingProtocols': '서버가 101 Switching Protocols가 아닌 응답({status})을 보냈으므로 웹소켓은 열리지 않습니다.',
  'wserr.handshake.missingAccept': '응답에 Sec-WebSocket-Accept가 없습니다. 클라이언트가 기대한 값은 {expected}이며, 클라이언트는 연결을 실패 처리합니다.',
  'wserr.handshake.wrongAccept': 'Sec-WebSocket-Accept 값은 {received}이지만, 키로 계산하면 {expected}입니다. 클라이언트는 연결을 실패 처리합니다.',
  'wserr.handshake.unsupportedSubprotocol': '서버가 고른 서브프로토콜은 클라이언트가 제안하지 않은 것입니다: "{protocol}". 클라이언트는 연결을 실패 처리합니다.',
  'wserr.handshake.missingSubprotocol': '클라이언트는 서브프로토콜을 제안했지만({offered}) 서버는 아무것도 고르지 않았습니다. 브라우저는 연결을 실패 처리합니다.',
  'wserr.handshake.unrequestedExtension': '서버가 수락한 확장은 클라이언트가 제안하지 않은 것입니다: "{extension}". 클라이언트는 연결을 실패 처리합니다.',
};
