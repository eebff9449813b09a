/** TCP 세그먼트 헤더 필드의 의미 (키 "tcpfield.*"), RFC 9293 §3.1. */
export const tcpFields: Record<string, string> = {
  'tcpfield.srcPort': '출발지 포트: 연결에서 보내는 쪽의 끝입니다. 브라우저는 비어 있는 높은 번호(임시) 포트를 고릅니다.',
  'tcpfield.dstPort': '목적지 포트: ws://와 http://는 80, wss://와 https://는 443입니다.',
  'tcpfield.isn': '초기 순서 번호(ISN): 무작위로 정한 시작값이라 오래된 세그먼트가 새 세그먼트로 오인되지 않습니다. SYN은 1바이트로 셉니다.',
  'tcpfield.seq': '순서 번호: 이 세그먼트의 바이트가 보내는 쪽 바이트 스트림의 어디에 놓이는지 나타냅니다.',
  'tcpfield.ack': '확인 응답 번호: 상대에게서 다음에 받을 것으로 기대하는 바이트입니다 (그 앞은 모두 도착했습니다).',
  'tcpfield.ackUnused': '확인 응답 번호: ACK 플래그가 없으므로 쓰이지 않습니다 (0).',
  'tcpfield.dataOffset': '데이터 오프셋: 32비트 워드 단위의 헤더 길이입니다. 5는 옵션 없는 20바이트라는 뜻입니다 (이 모델은 옵션을 보내지 않습니다).',
  'tcpfield.flags': '제어 플래그: SYN은 연결을 열고, ACK는 확인 응답하고, FIN은 한 방향을 정중히 닫고, RST는 연결을 즉시 끊습니다.',
  'tcpfield.window': '수신 윈도: 상대가 기다려야 하기 전까지 보내는 쪽이 더 받을 수 있는 바이트 수입니다.',
  'tcpfield.checksum': '체크섬: 이 모델이 그리지 않는 IP 의사 헤더까지 포함해 계산하므로, 여기서는 0으로 둡니다.',
  'tcpfield.urgent': '긴급 포인터: 쓰이지 않습니다 (0). 웹에서는 아무도 쓰지 않습니다.',
};
