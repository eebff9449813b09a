/**
 * The header's language switch, in the browser: the link already goes to the same page in the other language
 * (it works without JS); this carries the current `#step=`/`#t=` deep link along, remembers the choice, and on
 * the English home page reveals the offer of the Korean edition. Bundled to a file (no inline script, for CSP).
 */
import { LANGUAGE_KEY, shouldOfferKorean } from '../../i18n/languageChoice';

function remember(lang: string | null): void {
  try {
    if (lang) localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage may be off (private mode, blocked cookies): the switch still works, it is just not remembered.
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  // The player keeps its position in the hash with replaceState (no hashchange), so read it when the link is used.
  const follow = () => {
    link.hash = location.hash;
  };
  link.addEventListener('pointerdown', follow);
  link.addEventListener('focus', follow);
  link.addEventListener('click', () => {
    follow();
    remember(link.hreflang);
  });
}

const offer = document.querySelector<HTMLElement>('[data-korean-offer]');
if (offer && shouldOfferKorean(navigator.languages ?? [navigator.language], stored())) offer.hidden = false;
