/** The HTTP lesson pages (and home) the browser tests and the weight script visit. */
export const lessonPages = ['/', '/polling', '/long-polling', '/streaming'] as const;

/** The WebSocket lesson pages and the frame lab. */
export const webSocketPages = ['/websocket', '/websocket/handshake', '/websocket/frames', '/websocket/close', '/frame-lab'] as const;

/** The live panel's page. */
export const livePages = ['/live'] as const;

/** The sockets lesson (its Korean twin is measured against it with the other Korean pages). */
export const socketsPages = ['/sockets'] as const;

/** The lessons on protocols over WebSocket (STOMP; Socket.IO and SockJS): their widgets sit below the first screen. */
export const layeredPages = ['/stomp', '/socketio-fallback'] as const;

/** Every English lesson page: each is held to the lesson budget (tests/e2e/weight.spec.ts, `npm run weight`). */
export const budgetedPages = [...socketsPages, ...lessonPages, ...webSocketPages, ...layeredPages, ...livePages] as const;
