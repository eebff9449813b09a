/** 바이트·프레임 인스펙터에 보이는 웹소켓 필드의 의미 (키 "wsfield.*"): 처음 필드를 고를 때 불러옵니다 (`fieldMeanings.svelte.ts`). */
export const wsFieldMeanings: Record<string, string> = {
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
  'wsfield.payload.deflated': '압축된 페이로드(permessage-deflate): 끝의 00 00 ff ff를 뗀 raw DEFLATE 데이터입니다. 받는 쪽은 메시지 전체에 이 4바이트를 붙여 압축을 풉니다.',
  'wsfield.payload.deflated.masked': '마스킹 키로 XOR된 압축 페이로드(permessage-deflate)입니다. 표시된 값은 마스킹을 푼 DEFLATE 데이터입니다. 마스킹은 압축 뒤에 합니다.',
  'wsfield.rsv1.deflate': 'RSV1 = 1: permessage-deflate를 합의했다면 이 메시지는 압축되었습니다(RFC 7692 §6, 첫 프레임에만 설정). 합의하지 않았다면 프로토콜 오류(1002)입니다.',
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
};
