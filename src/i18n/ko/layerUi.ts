/** 인스펙터의 계층 보기("inspector.layer*"). 내부 계층이 있는 메시지를 열 때 함께 불러옵니다. */
export const layerUi: Record<string, string> = {
  'inspector.layers': '계층: 메시지 안의 메시지',
  'inspector.layerHint': '계층을 고르면 같은 바이트 위에 그 계층의 필드를 보여 줍니다.',
  'inspector.layer.ws': '웹소켓 프레임',
  'inspector.layer.stomp': 'STOMP 프레임',
  'inspector.layer.engineio': 'engine.io 패킷',
  'inspector.layer.socketio': 'Socket.IO 패킷',
  'inspector.layer.sockjs': 'SockJS 프레임',
  'inspector.layer.http': 'HTTP 메시지',
  'inspector.layer.tcp': 'TCP 세그먼트',
  'inspector.layerRange': '{start}–{end} 바이트',
  'inspector.layerAdds': '{count}B 추가',
  'inspector.appPayload': '애플리케이션 페이로드: {count}B',
  'inspector.unmaskedNote': '클라이언트가 이 페이로드를 마스킹했습니다(RFC 6455 §5.3). 전송 중에는 각 바이트가 마스킹 키와 XOR되어 있습니다. 덤프는 {layer} 필드가 설명하는 대로 마스킹을 푼 바이트를 보여 줍니다.',
};
