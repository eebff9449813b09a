/** The WebSocket lesson's chapters in reading order, for the chapter bar and the "next" links. */
export interface WsChapter {
  readonly href: string;
  /** i18n key of the chapter's name. */
  readonly label: string;
}

export const wsChapters: readonly WsChapter[] = [
  { href: '/websocket', label: 'wsui.chapter.overview' },
  { href: '/websocket/handshake', label: 'wsui.chapter.handshake' },
  { href: '/websocket/frames', label: 'wsui.chapter.frames' },
  { href: '/websocket/close', label: 'wsui.chapter.close' },
  { href: '/frame-lab', label: 'wsui.chapter.frameLab' },
];

/** The chapter after `href`, if any. */
export function nextChapter(href: string): WsChapter | undefined {
  const index = wsChapters.findIndex((c) => c.href === href);
  return index === -1 ? undefined : wsChapters[index + 1];
}

