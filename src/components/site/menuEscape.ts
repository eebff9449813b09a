/**
 * Escape closes the header's phone menu (a `<details>`, which opens and closes without JS) and puts focus back on
 * its button. Bundled with the language switch (no inline script, for CSP) and a few lines: every page loads it.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const menu = document.querySelector<HTMLDetailsElement>('.site-header details.menu[open]');
  if (!menu) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
});
