/** Meanings of the TCP segment header fields (keys "tcpfield.*"), RFC 9293 §3.1. */
export const tcpFields: Record<string, string> = {
  'tcpfield.srcPort': 'Source port: the sender’s end of the connection. A browser picks a free high (ephemeral) port.',
  'tcpfield.dstPort': 'Destination port: 80 for ws:// and http://, 443 for wss:// and https://.',
  'tcpfield.isn': 'Initial sequence number: a random start, so old segments cannot be mistaken for new ones. SYN counts as one byte.',
  'tcpfield.seq': 'Sequence number: where this segment’s bytes sit in the sender’s byte stream.',
  'tcpfield.ack': 'Acknowledgment number: the next byte the sender expects from the other side (everything before it arrived).',
  'tcpfield.ackUnused': 'Acknowledgment number: unused (0) because the ACK flag is not set.',
  'tcpfield.dataOffset': 'Data offset: header length in 32-bit words. 5 means 20 bytes, no options (this model sends none).',
  'tcpfield.flags': 'Control flags: SYN opens, ACK acknowledges, FIN closes one direction politely, RST aborts the connection.',
  'tcpfield.window': 'Receive window: how many more bytes the sender can take before the other side must wait.',
  'tcpfield.checksum': 'Checksum: covers an IP pseudo-header that this model does not draw, so it is left 0 here.',
  'tcpfield.urgent': 'Urgent pointer: unused (0); nothing on the web uses it.',
};
