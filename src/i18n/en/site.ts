/** Strings only the Astro pages render (header, home, glossary, 404): built into the HTML, never shipped to islands. */
export const site: Readonly<Record<string, string>> = {
  'ui.nav.glossary': 'Glossary',
  'ui.lang.koreanEdition': 'This site is also written in Korean.',
  'ui.lang.readInKorean': 'Read it in Korean',
  'ui.notFound.home': 'Home',
  'ui.glance.technique': 'Technique',
  'ui.glance.meanDelay': 'Mean delay',
  'ui.glance.worstDelay': 'Worst delay',
  'ui.glance.requests': 'Requests',
  'ui.glance.bytesPerEvent': 'Bytes per event',
  'ui.glossary.where': 'Where it appears',
  'ui.glossary.step': 'step {step} of the widget',
  'ui.glossary.also': 'also: {also}',
  // Home-page blurbs read only at build time: kept out of the islands' dictionary (the other blurbs could move here too).
  'ui.blurb.sockets': 'Under everything: the socket calls two programs make, and the TCP segments each one puts on the wire.',
  // The header's menu on phones, the lessons' previous/next links and on-page table of contents.
  'ui.nav.menu': 'Menu',
  'ui.pager.label': 'Previous and next lesson',
  'ui.pager.previous': 'Previous',
  'ui.pager.next': 'Next',
  'ui.toc.label': 'On this page',
};
