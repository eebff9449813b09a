/** Every page the build emitted, as URL paths, read from dist (so pages added later are visited too). */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built site's folder. */
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** "/", "/polling", "/websocket/frames" … for each index.html in dist (the 404 page is not a path). */
export function sitePagePaths(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`.replace(/(.)\/$/, '$1'))
    .sort();
}
