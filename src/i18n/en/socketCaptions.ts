import type { SocketCaptionKey } from '../../sim/timeline/types';

/** Narration of the sockets lesson's steps: system calls, TCP states, whole messages (registered by `i18n/sockets.ts`). */
export const socketCaptions: Record<SocketCaptionKey, string> = {
  'step.sys.socket': '{actor}: socket({args}) returns {result}: a new TCP socket, not connected to anything yet',
  'step.sys.bind': '{actor}: bind({args}) returns 0: the socket now owns that port',
  'step.sys.listen': '{actor}: listen({args}) returns 0: the kernel will answer SYNs itself and queue finished handshakes for accept()',
  'step.sys.acceptEnter': '{actor}: accept({args}) blocks until a connection has finished its handshake',
  'step.sys.accept': '{actor}: accept({args}) returns {result}: a new socket for this one connection; socket {fd} keeps listening',
  'step.sys.connectEnter': '{actor}: connect({args}) sends SYN and blocks until the handshake ends',
  'step.sys.connect': '{actor}: connect({args}) returns 0: SYN, SYN-ACK, ACK are done and the connection is open',
  'step.sys.send': '{actor}: send({args}) returns {result}: the bytes are copied into the send buffer; TCP cuts them into segments',
  'step.sys.recvEnter': '{actor}: recv({args}) blocks: nothing has arrived yet',
  'step.sys.recv': '{actor}: recv({args}) returns {result} bytes, whatever had arrived: "{data}"',
  'step.sys.recvEof': '{actor}: recv({args}) returns 0: the peer sent FIN, no more data will come',
  'step.sys.shutdown': '{actor}: shutdown({args}) returns 0: FIN goes out, but the socket can still receive',
  'step.sys.close': '{actor}: close({args}) returns 0: the descriptor is gone; TCP closes the connection politely (FIN) if it is still open',
  'step.sys.closeAbort': '{actor}: close({args}) returns 0: with SO_LINGER 0 the kernel aborts the connection with RST',
  'step.sys.error': '{actor}: {call}({args}) fails with {result}',
  'step.tcpState': '{actor}: socket {fd} is now {state}',
  'step.synDropped': '{actor}: the listen queue of socket {fd} is full ({backlog}), so the kernel drops the SYN without a word',
  'step.appMessage': '{actor}’s application has message #{index} whole: "{text}"',
};

/** The sockets lesson's timers. */
export const socketTimers: Record<string, string> = {
  'timer.retransmit': 'retransmission timer (RTO)',
  'timer.time-wait': 'TIME-WAIT timer (2·MSL)',
};
