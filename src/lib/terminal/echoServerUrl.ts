/** The site's own echo endpoint, with the frame mirror on (see server/live/README.md). */
export const ECHO_PATH = '/ws?mirror=1';

/** The echo server's URL for a page at `location`: wss:// on an https:// page, ws:// otherwise (same host and port). */
export function echoServerUrl(location: { readonly protocol: string; readonly host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${ECHO_PATH}`;
}
