/** The live section's broker URLs: the site's own `/stomp`, and whether a typed URL can be one. */

/** ws(s)://<this host>/stomp for a page at `location` (wss on an https page). */
export function defaultBrokerUrl(location: { readonly protocol: string; readonly host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/stomp`;
}

/** True for a ws:// or wss:// URL with a host. */
export function isBrokerUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host !== '';
  } catch {
    return false;
  }
}
