/**
 * The glossary's data: every term the lessons use, in English and Korean, with a one-line definition in each and
 * where it appears. `/glossary` and `/ko/glossary` both render this list; the README's term list must be a subset
 * (a test says so). A `step` points into a page's widget: the first step of the simulated run that shows the term
 * (its transfer, and the field in the byte inspector), found at build time, so the link follows the simulator.
 */
import type { ScenarioName, StepKind, TransferKind } from '../../sim';

/** Which step of a page's widget shows a term: the first `send` of a matching transfer, or the first step of a kind. */
export type StepMatch =
  | { readonly kind: 'transfer'; readonly transfer: TransferKind; readonly from?: 'client' | 'server'; readonly summary?: string; readonly field?: string }
  | { readonly kind: 'step'; readonly step: StepKind };

/** Where a term appears: a page (English path; the Korean twin is `/ko` + path), and maybe a step of its widget. */
export interface TermPlace {
  readonly path: string;
  readonly step?: { readonly scenario: ScenarioName; readonly match: StepMatch };
}

/** One glossary term. */
export interface GlossaryTerm {
  /** The anchor on the glossary pages (`/glossary#handshake`). */
  readonly id: string;
  readonly en: string;
  readonly ko: string;
  /** Other names a reader meets for the same thing (the UI's 서브프로토콜 beside the usual 하위 프로토콜). */
  readonly alsoKo?: string;
  readonly definition: { readonly en: string; readonly ko: string };
  readonly place: TermPlace;
}

const onPolling = (match?: StepMatch): TermPlace => ({ path: '/polling', ...(match ? { step: { scenario: 'polling', match } } : {}) });
const onLongPolling = (match?: StepMatch): TermPlace => ({ path: '/long-polling', ...(match ? { step: { scenario: 'long-polling', match } } : {}) });
const onStreaming = (match?: StepMatch): TermPlace => ({ path: '/streaming', ...(match ? { step: { scenario: 'streaming', match } } : {}) });
const onWebSocket = (match?: StepMatch): TermPlace => ({ path: '/websocket', ...(match ? { step: { scenario: 'websocket', match } } : {}) });
const wsFrame = (summary: string, field?: string, from?: 'client' | 'server'): StepMatch => ({ kind: 'transfer', transfer: 'ws-frame', summary, ...(field ? { field } : {}), ...(from ? { from } : {}) });

export const glossaryTerms: readonly GlossaryTerm[] = [
  { id: 'real-time-networking', en: 'real-time networking', ko: '실시간 네트워킹', place: { path: '/' },
    definition: { en: 'Getting news from a server to a client the moment it happens, not when the client next asks.', ko: '서버의 새 소식을 클라이언트가 다음에 물을 때가 아니라 생기는 즉시 전달하는 일입니다.' } },
  { id: 'bidirectional-communication', en: 'bidirectional communication', ko: '양방향 통신', place: onWebSocket(wsFrame('Binary', 'masking-key', 'client')),
    definition: { en: 'Both ends may send at any time on the same connection; WebSocket gives that, HTTP does not.', ko: '같은 연결에서 양쪽 모두 언제든 보낼 수 있는 통신입니다. 웹소켓은 되고, HTTP는 안 됩니다.' } },
  { id: 'request', en: 'request', ko: '요청', place: onPolling({ kind: 'transfer', transfer: 'http-request', field: 'method' }),
    definition: { en: 'What an HTTP client sends: a request line, header lines, a blank line, maybe a body.', ko: 'HTTP 클라이언트가 보내는 것입니다. 요청 줄, 헤더 줄들, 빈 줄, 그리고 경우에 따라 본문으로 이루어집니다.' } },
  { id: 'response', en: 'response', ko: '응답', place: onPolling({ kind: 'transfer', transfer: 'http-response', field: 'status-code' }),
    definition: { en: 'What an HTTP server sends back: a status line, header lines, a blank line, maybe a body.', ko: 'HTTP 서버가 돌려보내는 것입니다. 상태 줄, 헤더 줄들, 빈 줄, 그리고 경우에 따라 본문으로 이루어집니다.' } },
  { id: 'status-code', en: 'status code', ko: '상태 코드', place: onPolling({ kind: 'transfer', transfer: 'http-response', field: 'status-code' }),
    definition: { en: 'The three digits of a response’s status line: 200 OK, 204 No Content, 101 Switching Protocols …', ko: '응답 상태 줄의 세 자리 숫자입니다. 200 OK, 204 No Content, 101 Switching Protocols 등이 있습니다.' } },
  { id: 'header', en: 'header', ko: '헤더', place: onPolling({ kind: 'transfer', transfer: 'http-request', field: 'header:Host' }),
    definition: { en: 'A `Name: value` line of an HTTP message; a browser sends hundreds of bytes of them with every request.', ko: 'HTTP 메시지의 `이름: 값` 한 줄입니다. 브라우저는 요청마다 이런 줄을 수백 바이트씩 보냅니다.' } },
  { id: 'payload', en: 'payload', ko: '페이로드', place: onWebSocket(wsFrame('Text', 'payload', 'server')),
    definition: { en: 'The application’s own bytes in a message, as opposed to the protocol’s framing and headers.', ko: '메시지에서 프로토콜의 프레이밍이나 헤더가 아닌, 애플리케이션 자신의 바이트입니다.' } },
  { id: 'overhead', en: 'overhead', ko: '오버헤드', place: { path: '/compare' },
    definition: { en: 'Bytes a technique spends besides the payload: request lines, headers, chunk and frame framing.', ko: '한 기법이 페이로드 말고 더 쓰는 바이트입니다. 요청 줄, 헤더, 청크와 프레임의 프레이밍이 여기에 듭니다.' } },
  { id: 'latency', en: 'latency', ko: '지연 시간', place: onPolling({ kind: 'step', step: 'deliver' }),
    definition: { en: 'How long something takes to arrive: one way across the network, or from an event to its delivery.', ko: '무언가 도착하는 데 걸리는 시간입니다. 네트워크를 한 방향으로 건너는 시간, 또는 이벤트가 생겨서 전달되기까지의 시간을 말합니다.' } },
  { id: 'jitter', en: 'jitter', ko: '지터', place: onPolling(),
    definition: { en: 'How much the latency varies from one message to the next.', ko: '메시지마다 지연 시간이 들쭉날쭉한 정도입니다.' } },
  { id: 'bandwidth', en: 'bandwidth', ko: '대역폭', place: { path: '/compare' },
    definition: { en: 'How many bits per second a link carries; the compare page multiplies one client’s bytes by many clients.', ko: '회선이 초당 나를 수 있는 비트 수입니다. 비교 페이지는 클라이언트 하나의 바이트에 클라이언트 수를 곱해 계산합니다.' } },
  { id: 'keep-alive', en: 'keep-alive', ko: '연결 유지(keep-alive)', place: onPolling({ kind: 'transfer', transfer: 'http-request', field: 'header:Connection' }),
    definition: { en: 'Reusing one TCP connection for several HTTP requests instead of opening one per request.', ko: '요청마다 TCP 연결을 새로 여는 대신, 연결 하나로 HTTP 요청 여러 개를 주고받는 것입니다.' } },
  { id: 'polling', en: 'polling', ko: '폴링', place: onPolling({ kind: 'step', step: 'timer' }),
    definition: { en: 'Asking the server for news again and again on a timer; most answers are empty.', ko: '타이머에 맞춰 서버에 새 소식을 거듭 묻는 방식입니다. 대부분의 답은 비어 있습니다.' } },
  { id: 'empty-response', en: 'empty response', ko: '빈 응답', place: onPolling({ kind: 'transfer', transfer: 'http-response', summary: '204' }),
    definition: { en: 'An answer that carries no event: the full price of a response for nothing.', ko: '이벤트를 하나도 싣지 않은 응답입니다. 아무것도 없는데 응답 한 벌의 값을 다 치릅니다.' } },
  { id: 'long-polling', en: 'long polling', ko: '롱 폴링', place: onLongPolling({ kind: 'step', step: 'hold' }),
    definition: { en: 'The server holds each request until it has news (or a time-out passes), then the client asks again.', ko: '서버가 요청을 붙잡고 있다가 소식이 생기면(또는 타임아웃이 지나면) 응답하고, 클라이언트는 곧바로 다시 묻는 방식입니다.' } },
  { id: 'held-request', en: 'held request', ko: '붙잡아 둔 요청', place: onLongPolling({ kind: 'step', step: 'hold' }),
    definition: { en: 'A request the server has not answered yet, kept open until there is something to say.', ko: '서버가 아직 응답하지 않고, 할 말이 생길 때까지 열어 둔 요청입니다.' } },
  { id: 'timeout', en: 'time-out', ko: '타임아웃', place: onLongPolling(),
    definition: { en: 'How long a held request may wait before the server answers it empty, so that proxies do not cut it.', ko: '붙잡아 둔 요청이 기다릴 수 있는 최대 시간입니다. 이 시간이 지나면 서버는 빈 응답을 보내 프록시가 연결을 끊지 않게 합니다.' } },
  { id: 'proxy', en: 'proxy', ko: '프록시', place: onLongPolling(),
    definition: { en: 'A server in the middle that forwards HTTP; it may cut idle connections, buffer streams or strip `Upgrade`.', ko: 'HTTP를 중간에서 전달하는 서버입니다. 조용한 연결을 끊거나, 스트림을 버퍼에 모으거나, `Upgrade` 헤더를 지우기도 합니다.' } },
  { id: 'streaming', en: 'streaming', ko: '스트리밍', place: onStreaming({ kind: 'transfer', transfer: 'http-response-head' }),
    definition: { en: 'One response that stays open: the server writes each event into it as it happens.', ko: '닫히지 않는 응답 하나에 서버가 이벤트가 생길 때마다 이어서 써 넣는 방식입니다.' } },
  { id: 'chunked-transfer-coding', en: 'chunked transfer coding', ko: '청크 전송 코딩', place: onStreaming({ kind: 'transfer', transfer: 'sse-event', field: 'chunk-size' }),
    definition: { en: '`Transfer-Encoding: chunked`: a body sent as chunks, each prefixed with its size in hex, ended by a zero-size chunk.', ko: '`Transfer-Encoding: chunked`: 본문을 청크로 나눠 보내되, 청크마다 16진수 크기를 앞에 붙이고 크기 0인 청크로 끝냅니다.' } },
  { id: 'server-sent-events', en: 'Server-Sent Events (SSE)', ko: 'Server-Sent Events(SSE)', place: onStreaming({ kind: 'transfer', transfer: 'sse-event', field: 'sse-field:data' }),
    definition: { en: 'A `text/event-stream` body of `field: value` lines; the browser’s `EventSource` reads it and reconnects by itself.', ko: '`필드: 값` 줄로 된 `text/event-stream` 본문입니다. 브라우저의 `EventSource`가 읽고, 끊기면 스스로 다시 연결합니다.' } },
  { id: 'websocket', en: 'WebSocket', ko: '웹소켓', place: onWebSocket({ kind: 'step', step: 'state' }),
    definition: { en: 'RFC 6455: one TCP connection, upgraded from HTTP, on which both sides send framed messages at any time.', ko: 'RFC 6455: HTTP에서 업그레이드한 TCP 연결 하나로, 양쪽이 언제든 프레임에 담은 메시지를 보내는 프로토콜입니다.' } },
  { id: 'handshake', en: 'handshake (opening handshake)', ko: '핸드셰이크', place: onWebSocket({ kind: 'transfer', transfer: 'http-request', field: 'header:Upgrade' }),
    definition: { en: 'The HTTP request with `Upgrade: websocket` and the server’s `101` that turn a connection into a WebSocket.', ko: '`Upgrade: websocket`을 담은 HTTP 요청과 서버의 `101` 응답으로, 연결을 웹소켓으로 바꾸는 과정입니다.' } },
  { id: 'upgrade', en: 'upgrade', ko: '업그레이드', place: onWebSocket({ kind: 'transfer', transfer: 'http-request', field: 'header:Upgrade' }),
    definition: { en: 'Switching an HTTP/1.1 connection to another protocol (`Connection: Upgrade`, `Upgrade: websocket`).', ko: 'HTTP/1.1 연결을 다른 프로토콜로 바꾸는 일입니다(`Connection: Upgrade`, `Upgrade: websocket`).' } },
  { id: 'switching-protocols', en: '101 Switching Protocols', ko: '101 Switching Protocols', place: onWebSocket({ kind: 'transfer', transfer: 'http-response', summary: '101', field: 'status-code' }),
    definition: { en: 'The server’s answer that accepts the upgrade; after its blank line, the bytes are WebSocket frames.', ko: '업그레이드를 받아들이는 서버의 응답입니다. 이 응답의 빈 줄 다음부터 오가는 바이트는 웹소켓 프레임입니다.' } },
  { id: 'sec-websocket-key', en: 'Sec-WebSocket-Key / Sec-WebSocket-Accept', ko: 'Sec-WebSocket-Key / Sec-WebSocket-Accept', place: onWebSocket({ kind: 'transfer', transfer: 'http-request', field: 'header:Sec-WebSocket-Key' }),
    definition: { en: 'A random nonce from the client, and the server’s SHA-1 of it with a fixed GUID: proof that it speaks WebSocket.', ko: '클라이언트가 보내는 무작위 값과, 서버가 그 값에 고정 GUID를 붙여 SHA-1로 계산한 답입니다. 서버가 웹소켓을 안다는 증거입니다.' } },
  { id: 'subprotocol', en: 'subprotocol', ko: '하위 프로토콜', alsoKo: '서브프로토콜', place: { path: '/terminal' },
    definition: { en: 'The application protocol spoken inside WebSocket messages, agreed with `Sec-WebSocket-Protocol` (the terminal uses `socketlab.v1`).', ko: '웹소켓 메시지 안에서 쓰는 애플리케이션 프로토콜로, `Sec-WebSocket-Protocol`로 합의합니다(터미널은 `socketlab.v1`을 씁니다).' } },
  { id: 'frame', en: 'frame', ko: '프레임', place: onWebSocket(wsFrame('Text', 'opcode', 'server')),
    definition: { en: 'The unit WebSocket sends: a 2–14-byte header (FIN, opcode, mask bit, length, masking key), then the payload.', ko: '웹소켓이 보내는 단위입니다. 2–14바이트 헤더(FIN, opcode, 마스크 비트, 길이, 마스킹 키) 뒤에 페이로드가 옵니다.' } },
  { id: 'message', en: 'message', ko: '메시지', place: onWebSocket({ kind: 'step', step: 'deliver' }),
    definition: { en: 'What the application sends and receives: one or more frames, text (UTF-8) or binary.', ko: '애플리케이션이 주고받는 단위입니다. 프레임 하나 이상으로 이루어지며, 텍스트(UTF-8)이거나 바이너리입니다.' } },
  { id: 'opcode', en: 'opcode', ko: 'opcode(연산 코드)', place: onWebSocket(wsFrame('Text', 'opcode', 'server')),
    definition: { en: 'Four bits that say what a frame is: continuation, text, binary, close, ping or pong.', ko: '프레임의 종류를 말하는 4비트입니다. 연속, 텍스트, 바이너리, close, ping, pong이 있습니다.' } },
  { id: 'fin-bit', en: 'FIN bit', ko: 'FIN 비트', place: onWebSocket(wsFrame('Text', 'fin', 'server')),
    definition: { en: 'The first bit of a frame: 1 when it is the last frame of its message.', ko: '프레임의 첫 비트입니다. 메시지의 마지막 프레임이면 1입니다.' } },
  { id: 'payload-length', en: 'payload length', ko: '페이로드 길이', place: onWebSocket(wsFrame('Text', 'payload-len', 'server')),
    definition: { en: 'Seven bits, or 126 then 16 bits, or 127 then 64 bits: the payload’s length in bytes.', ko: '7비트, 또는 126 다음 16비트, 또는 127 다음 64비트로 적는 페이로드의 바이트 수입니다.' } },
  { id: 'masking', en: 'masking', ko: '마스킹', place: onWebSocket(wsFrame('Binary', 'mask', 'client')),
    definition: { en: 'A client XORs its payload with a fresh 4-byte key, so that no proxy mistakes the bytes for HTTP.', ko: '클라이언트가 매번 새 4바이트 키로 페이로드를 XOR하는 것입니다. 중간의 프록시가 그 바이트를 HTTP로 착각하지 않게 합니다.' } },
  { id: 'masking-key', en: 'masking key', ko: '마스킹 키', place: onWebSocket(wsFrame('Binary', 'masking-key', 'client')),
    definition: { en: 'The four random bytes after a client frame’s length, used to mask its payload.', ko: '클라이언트 프레임의 길이 다음에 오는 무작위 4바이트로, 페이로드를 마스킹하는 데 씁니다.' } },
  { id: 'fragmentation', en: 'fragmentation', ko: '조각내기(단편화)', place: { path: '/websocket/frames' },
    definition: { en: 'Sending one message as several frames: the first carries the opcode, the rest are continuations, the last has FIN set.', ko: '메시지 하나를 여러 프레임으로 나눠 보내는 것입니다. 첫 프레임에 opcode가, 나머지는 연속 프레임이며, 마지막 프레임에 FIN이 켜집니다.' } },
  { id: 'ping-pong', en: 'ping / pong', ko: 'ping / pong', place: onWebSocket(wsFrame('Ping', 'opcode', 'server')),
    definition: { en: 'Control frames that check the other side is still there: a ping must be answered by a pong with the same data.', ko: '상대가 아직 살아 있는지 확인하는 제어 프레임입니다. ping을 받으면 같은 데이터를 담은 pong으로 답해야 합니다.' } },
  { id: 'close-frame', en: 'close frame', ko: 'Close 프레임', place: onWebSocket(wsFrame('Close', 'close-code')),
    definition: { en: 'The control frame (opcode 0x8) that starts or answers the closing handshake, with a status code and a reason.', ko: '닫는 핸드셰이크를 시작하거나 그에 답하는 제어 프레임(opcode 0x8)으로, 종료 코드와 이유를 담습니다.' } },
  { id: 'close-code', en: 'close code', ko: '종료 코드', place: onWebSocket(wsFrame('Close', 'close-code')),
    definition: { en: 'Two bytes in a close frame saying why: 1000 normal, 1001 going away, 1002 protocol error, 1007 invalid data …; 1006 is never sent.', ko: 'Close 프레임에 담긴, 닫는 이유를 말하는 2바이트입니다. 1000 정상, 1001 떠남, 1002 프로토콜 오류, 1007 잘못된 데이터 등이 있고, 1006은 절대 보내지 않습니다.' } },
  { id: 'utf-8', en: 'UTF-8', ko: 'UTF-8', place: { path: '/websocket/frames' },
    definition: { en: 'The encoding a text frame’s payload must use; binary frames may carry any bytes.', ko: '텍스트 프레임의 페이로드가 따라야 하는 인코딩입니다. 바이너리 프레임에는 어떤 바이트든 담을 수 있습니다.' } },
  { id: 'ws-wss', en: 'ws:// and wss://', ko: 'ws:// 와 wss://', place: { path: '/websocket/handshake' },
    definition: { en: 'WebSocket over plain TCP (port 80 by default) and over TLS (port 443 by default), the ports web traffic already uses.', ko: '평범한 TCP 위의 웹소켓(기본 포트 80)과 TLS 위의 웹소켓(기본 포트 443)입니다. 웹 트래픽이 이미 쓰는 포트입니다.' } },
  { id: 'tls', en: 'TLS', ko: 'TLS', place: { path: '/websocket/handshake' },
    definition: { en: 'The encryption layer under HTTPS and wss://; the simulator counts its set-up as one round trip.', ko: 'HTTPS와 wss:// 아래의 암호화 계층입니다. 시뮬레이터는 그 연결 설정을 왕복 한 번으로 셉니다.' } },
  { id: 'tcp', en: 'TCP connection', ko: 'TCP 연결', place: onWebSocket({ kind: 'step', step: 'state' }),
    definition: { en: 'The reliable byte stream under HTTP and WebSocket, opened by a three-way handshake (SYN, SYN-ACK, ACK).', ko: 'HTTP와 웹소켓 아래의 신뢰할 수 있는 바이트 스트림입니다. 3방향 핸드셰이크(SYN, SYN-ACK, ACK)로 엽니다.' } },
  { id: 'echo-server', en: 'echo server', ko: '에코 서버', place: { path: '/terminal' },
    definition: { en: 'A server that sends back every message it receives; the lab’s also reports how each frame arrived.', ko: '받은 메시지를 그대로 돌려보내는 서버입니다. 이 사이트의 에코 서버는 각 프레임이 어떻게 도착했는지도 알려 줍니다.' } },
  { id: 'frame-lab', en: 'frame lab', ko: '프레임 실험실', place: { path: '/frame-lab' },
    definition: { en: 'Where you compose a WebSocket frame from its fields, or paste bytes and have every error explained.', ko: '필드를 골라 웹소켓 프레임을 만들거나, 바이트를 붙여 넣어 모든 오류의 설명을 보는 곳입니다.' } },
];
