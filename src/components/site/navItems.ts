/** The site's lessons in reading order; header navigation, the home page's map and the previous/next links read this. */
import { wsChapters } from '../ws/wsChapters';

/** A page inside a lesson (its first chapter is the lesson's own page). */
export interface NavChapter {
  readonly href: string;
  /** i18n key of the chapter's name. */
  readonly label: string;
}

export interface NavItem {
  readonly href: string;
  /** i18n key of the link text. */
  readonly label: string;
  /** i18n key of a one-line summary (home page cards). */
  readonly blurb: string;
  /** The lesson's pages in reading order; a page listed here is filed under this item (its link is the one marked). */
  readonly chapters?: readonly NavChapter[];
}

export const navItems: readonly NavItem[] = [
  // The ground floor: every lesson after it rides on one TCP connection opened with these calls.
  { href: '/sockets', label: 'ui.nav.sockets', blurb: 'ui.blurb.sockets' },
  { href: '/polling', label: 'ui.nav.polling', blurb: 'ui.blurb.polling' },
  { href: '/long-polling', label: 'ui.nav.longPolling', blurb: 'ui.blurb.longPolling' },
  { href: '/streaming', label: 'ui.nav.streaming', blurb: 'ui.blurb.streaming' },
  { href: '/websocket', label: 'ui.nav.websocket', blurb: 'ui.blurb.websocket', chapters: wsChapters },
  { href: '/frame-lab', label: 'ui.nav.frameLab', blurb: 'ui.blurb.frameLab' },
  { href: '/socketio-fallback', label: 'ui.nav.socketio', blurb: 'ui.blurb.socketio' },
  { href: '/stomp', label: 'ui.nav.stomp', blurb: 'ui.blurb.stomp' },
  { href: '/compare', label: 'ui.nav.compare', blurb: 'ui.blurb.compare' },
  { href: '/live', label: 'ui.nav.live', blurb: 'ui.blurb.live' },
  { href: '/terminal', label: 'ui.nav.terminal', blurb: 'ui.blurb.terminal' },
];

/** The lessons before and after `href` in reading order (either may be missing at the ends). */
export function navNeighbours(href: string): { readonly previous?: NavItem; readonly next?: NavItem } {
  const at = navItems.findIndex((item) => item.href === href);
  if (at < 0) return {};
  return { previous: navItems[at - 1], next: navItems[at + 1] };
}
