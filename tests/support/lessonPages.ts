/** The HTTP lesson pages (and home) the browser tests and the weight script visit. */
export const lessonPages = ['/', '/polling', '/long-polling', '/streaming'] as const;

/** The WebSocket lesson pages and the frame lab. */
export const webSocketPages = ['/websocket', '/websocket/handshake', '/websocket/frames', '/websocket/close', '/frame-lab'] as const;

/** The live panel's page. */
export const livePages = ['/live'] as const;

/** The sockets lesson (its Korean twin is measured against it with the other Korean pages). */
export const socketsPages = ['/sockets'] as const;
