import type { SocketCaptionKey } from '../../sim/timeline/types';

/** 소켓 수업의 단계 설명: 시스템 호출, TCP 상태, 온전한 메시지 (`i18n/sockets.ts`가 등록합니다). */
export const socketCaptions: Record<SocketCaptionKey, string> = {
  'step.sys.socket': '{actor}: socket({args}) → {result}. 아직 어디에도 연결되지 않은 새 TCP 소켓입니다',
  'step.sys.bind': '{actor}: bind({args}) → 0. 이제 이 소켓이 그 포트를 차지합니다',
  'step.sys.listen': '{actor}: listen({args}) → 0. 이제 커널이 SYN에 직접 답하고, 핸드셰이크를 마친 연결을 accept()용 큐에 쌓습니다',
  'step.sys.acceptEnter': '{actor}: accept({args})에서 블록됩니다. 핸드셰이크를 마친 연결이 생길 때까지 기다립니다',
  'step.sys.accept': '{actor}: accept({args}) → {result}. 이 연결 하나만을 위한 새 소켓입니다. 소켓 {fd}는 계속 연결을 기다립니다',
  'step.sys.connectEnter': '{actor}: connect({args})가 SYN을 보내고, 핸드셰이크가 끝날 때까지 블록됩니다',
  'step.sys.connect': '{actor}: connect({args}) → 0. SYN, SYN-ACK, ACK가 끝나 연결이 열렸습니다',
  'step.sys.send': '{actor}: send({args}) → {result}. 바이트가 송신 버퍼에 복사되고, TCP가 이를 세그먼트로 나눠 보냅니다',
  'step.sys.recvEnter': '{actor}: recv({args})에서 블록됩니다. 아직 도착한 것이 없습니다',
  'step.sys.recv': '{actor}: recv({args}) → {result}. 그때까지 도착한 바이트를 돌려줍니다: "{data}"',
  'step.sys.recvEof': '{actor}: recv({args}) → 0. 상대가 FIN을 보냈으므로 더 올 데이터가 없습니다',
  'step.sys.shutdown': '{actor}: shutdown({args}) → 0. FIN을 보내지만, 소켓은 계속 받을 수 있습니다',
  'step.sys.close': '{actor}: close({args}) → 0. 디스크립터가 사라집니다. 연결이 아직 열려 있으면 TCP가 FIN으로 정중히 닫습니다',
  'step.sys.closeAbort': '{actor}: close({args}) → 0. SO_LINGER 0이므로 커널이 RST로 연결을 즉시 끊습니다',
  'step.sys.error': '{actor}: {call}({args}) 호출이 실패합니다 (오류: {result})',
  'step.tcpState': '{actor}: 소켓 {fd}의 상태가 이제 {state}입니다',
  'step.synDropped': '{actor}: 소켓 {fd}의 listen 큐가 가득 차서({backlog}) 커널이 SYN을 아무 응답 없이 버립니다',
  'step.appMessage': '{actor}의 애플리케이션이 {index}번 메시지를 온전히 받았습니다: "{text}"',
};

/** 소켓 수업의 타이머. */
export const socketTimers: Record<string, string> = {
  'timer.retransmit': '재전송 타이머(RTO)',
  'timer.time-wait': 'TIME-WAIT 타이머(2·MSL)',
};
