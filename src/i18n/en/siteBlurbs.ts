/** Home-page blurbs read only at build time (registered by `i18n/site.ts`), so they add nothing to the pages' JavaScript. */
export const siteBlurbs: Record<string, string> = {
  'ui.blurb.sockets': 'Under everything: the socket calls two programs make, and the TCP segments each one puts on the wire.',
};
