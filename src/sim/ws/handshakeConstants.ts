/** Header names and values of the opening handshake, spelled as RFC 6455 §4 spells them. */

/** The only protocol version RFC 6455 defines (§4.1 item 9, §11.6). */
export const WS_VERSION = '13';
export const UPGRADE_TOKEN = 'websocket';
export const CONNECTION_TOKEN = 'Upgrade';
export const H_HOST = 'Host';
export const H_UPGRADE = 'Upgrade';
export const H_CONNECTION = 'Connection';
export const H_ORIGIN = 'Origin';
export const H_KEY = 'Sec-WebSocket-Key';
export const H_VERSION = 'Sec-WebSocket-Version';
export const H_ACCEPT = 'Sec-WebSocket-Accept';
export const H_PROTOCOL = 'Sec-WebSocket-Protocol';
export const H_EXTENSIONS = 'Sec-WebSocket-Extensions';
/** 101 Switching Protocols: the server agrees to speak WebSocket (§4.2.2 step 5.1). */
export const STATUS_SWITCHING_PROTOCOLS = 101;
