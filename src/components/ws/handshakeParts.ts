/**
 * What the handshake stepper needs once the reader changes the key or the case: the codec that builds and checks
 * the handshake (SHA-1 included) and the key check. One chunk, loaded on first use (`HandshakeRun`); the default
 * walk (the RFC's key, the working case) comes with the page, built at build time (`defaultHandshakeJson.ts`).
 */
export { checkHandshakeKey, encodeBase64 } from '../../sim';
export { handshakeWalk } from '../../lib/ws/handshakeWalk';
