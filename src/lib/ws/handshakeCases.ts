/**
 * The handshake stepper's choices, apart from `handshakeWalk` so the stepper can offer them before the codec that
 * builds the steps has loaded.
 */

/** What the reader can choose to see: the happy path or one way it fails. */
export const HANDSHAKE_CASES = ['ok', 'wrongVersion', 'malformedKey', 'wrongAccept', 'unofferedSubprotocol', 'noCommonSubprotocol'] as const;
export type HandshakeCase = (typeof HANDSHAKE_CASES)[number];

/** The key of RFC 6455 §1.3's example (base64 of "the sample nonce"). */
export const RFC_SAMPLE_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
