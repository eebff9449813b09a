/**
 * The header's language switch, in the browser: the link already goes to the same page in the other language
 * (it works without JS); this carries the current `#step=`/`#t=` deep link along and remembers the choice.
 * Bundled to a file (no inline script, for CSP), and kept tiny: every page loads it. The storage key comes from the
 * link (`data-lang-switch`, rendered from `LANGUAGE_KEY`), so this file shares no module with other scripts.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  // The player keeps its position in the hash with replaceState (no hashchange), so read it when the link is used.
  const follow = () => {
    link.hash = location.hash;
  };
  link.addEventListener('pointerdown', follow);
  link.addEventListener('focus', follow);
  link.addEventListener('click', () => {
    follow();
    try {
      localStorage.setItem(link.dataset.langSwitch!, link.hreflang);
    } catch {
      // Storage may be off (private mode, blocked cookies): the switch still works, it is just not remembered.
    }
  });
}
