import type { CaptionKey, SocketCaptionKey } from '../../sim/timeline/types';

/** 타임라인 단계마다 읽어 주는 설명 (ARIA 라이브 영역이 읽습니다). */
export const captions: Record<Exclude<CaptionKey, SocketCaptionKey>, string> = {
  'step.send': '{from}가 보냅니다: {summary} — {bytes}바이트',
  'step.arrive': '{to}에 도착합니다: {summary} — {bytes}바이트',
  'step.hold': '{actor}가 요청을 열어 둔 채 붙잡고 있습니다 ({summary}): 아직 보낼 것이 없습니다',
  'step.release': '{actor}가 붙잡고 있던 요청에 응답합니다 ({reason})',
  'step.timer': '{actor}: {ms} ms 뒤에 {timer}가 울립니다',
  'step.appEvent': '서버에서 이벤트(#{id})가 발생합니다',
  'step.deliver': '클라이언트가 이벤트(#{id})를 받았습니다 — 발생하고 {latency} ms 뒤입니다',
  'step.connectionOpen': '{actor}가 TCP 연결(#{connection})을 엽니다',
  'step.connectionClose': 'TCP 연결(#{connection})이 닫힙니다',
  'step.idle': '{actor}가 기다립니다',
  'step.lost': '{from}가 보낸 메시지가 도중에 사라집니다 ({summary}) — {to}에 끝내 도착하지 않습니다',
  'step.tlsReady': '왕복을 한 번 더 거쳐 연결(#{connection})에 TLS가 설정됩니다: 이제부터 모든 내용이 암호화됩니다',
  'step.wsOpen': '{actor}가 연결(#{connection})을 웹소켓으로 전환합니다: 이제 이 연결에는 HTTP가 아니라 프레임이 오갑니다',
  'step.wsClose': '{actor}의 웹소켓이 close를 알립니다: 코드 {code}, wasClean {wasClean} ({cause})',
  'step.tcpReset': '{actor}가 TCP 연결(#{connection})을 리셋합니다 (RST): 작별 인사도, Close 프레임도 없습니다',
};

/** 단계 설명에 나오는 타이머 이름. */
export const timers: Record<string, string> = {
  'timer.poll-interval': '폴링 간격 타이머',
  'timer.hold-timeout': '대기 타임아웃 타이머',
  'timer.send-message': '메시지 전송 타이머',
  'timer.heartbeat': '하트비트 타이머',
  'timer.close': '종료 타이머',
  'timer.retransmit': '재전송 타이머(RTO)',
  'timer.time-wait': 'TIME-WAIT 타이머(2·MSL)',
  'timer.ping-timeout': '핑 타임아웃(클라이언트는 pingInterval + pingTimeout, 서버는 pingTimeout)',
  'timer.reconnect': '재연결 지연(백오프)',
  'timer.upgrade-check': '업그레이드 확인(noop으로 대기 중인 폴을 끝냄)',
  'timer.transport-timeout': '전송 방식 타임아웃(2 × RTO: 사다리의 다음 단계로)',
};

/** 웹소켓이 끝난 이유 (`step.wsClose` 설명에 들어갑니다). */
export const wsCauses: Record<string, string> = {
  'wsCause.normal': '종료 핸드셰이크가 완료되었습니다',
  'wsCause.handshake-failed': '핸드셰이크 실패: 101 응답이 없어서 페이지는 error 이벤트를 받고, 이어서 close 이벤트를 받습니다',
  'wsCause.protocol-error': '프레임이 프로토콜 규칙을 어겼습니다: 클라이언트가 Close 1002를 보내고 연결을 끊었습니다',
  'wsCause.invalid-payload': '텍스트 메시지가 올바른 UTF-8이 아니었습니다: 클라이언트가 Close 1007을 보내고 연결을 끊었습니다',
  'wsCause.heartbeat-timeout': '제때 pong이 돌아오지 않아 서버가 Close 프레임 없이 연결을 강제로 끊었습니다',
  'wsCause.tcp-reset': 'TCP 연결이 리셋되었습니다: Close 프레임은 전혀 없습니다',
};
