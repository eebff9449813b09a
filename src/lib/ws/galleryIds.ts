/** The gallery's example names, apart from the frames themselves so the gallery can list them before the encoder loads. */

/** The single frames to pick from, in the order the picker lists them. */
export const GALLERY_IDS = ['text', 'binary16', 'binary64', 'ping', 'pong'] as const;

/** One gallery example's name. */
export type GalleryId = (typeof GALLERY_IDS)[number];
