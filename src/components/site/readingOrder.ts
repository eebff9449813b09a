/**
 * The site's reading order, page by page: each nav item's chapters in place of the item (WebSocket's overview,
 * handshake, frames, close, frame lab), then the next item. Derived from `navItems`, so a lesson added there joins
 * the header, the home map and the previous/next chain at once.
 */
import { navItems, type NavItem } from './navItems';

/** One page of the reading order: where it is, its link text, and the header item it is filed under. */
export interface ReadingStop {
  readonly href: string;
  /** i18n key of the link text. */
  readonly label: string;
  /** The header item this page belongs to (itself for a lesson without chapters). */
  readonly section: string;
}

function stops(item: NavItem): ReadingStop[] {
  if (!item.chapters) return [{ href: item.href, label: item.label, section: item.href }];
  // The lesson's own page reads as the lesson's name ("WebSocket"), not as its first chapter ("Overview").
  return item.chapters.map((c) => ({ href: c.href, label: c.href === item.href ? item.label : c.label, section: item.href }));
}

/** The header items: nav items not filed as another item's chapter (the frame lab is WebSocket's last chapter). */
export const headerItems: readonly NavItem[] = navItems.filter(
  (item) => !navItems.some((other) => other !== item && other.chapters?.some((c) => c.href === item.href)),
);

/** Every lesson page once, in order. */
export const readingOrder: readonly ReadingStop[] = headerItems.flatMap(stops);

/** The header item a page is filed under (`/frame-lab` → `/websocket`), or undefined for pages outside the lessons. */
export function sectionOf(path: string): string | undefined {
  const exact = readingOrder.find((stop) => stop.href === path);
  if (exact) return exact.section;
  // A sub-page of a lesson (`/polling/anything`) belongs to that lesson.
  return headerItems.find((item) => path.startsWith(`${item.href}/`))?.href;
}

/** The pages before and after `path` in the reading order (undefined at either end or off the chain). */
export function neighbours(path: string): { previous?: ReadingStop; next?: ReadingStop } {
  const index = readingOrder.findIndex((stop) => stop.href === path);
  if (index === -1) return {};
  return { previous: readingOrder[index - 1], next: readingOrder[index + 1] };
}
