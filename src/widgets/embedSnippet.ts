/**
 * The iframe snippet the Embed button yields. The tiny listener sizes the iframe
 * from the height the embedded page posts (`socket-lab:height`), matching the
 * message to its iframe by `event.source`, so several widgets can share a page.
 */
export const HEIGHT_MESSAGE = 'socket-lab:height';

/** Escapes text for an HTML attribute value. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A ready-to-paste iframe for `src`, titled `title`, with the auto-height listener. */
export function embedSnippet(src: string, title: string, initialHeight: number): string {
  const listener =
    `<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='${HEIGHT_MESSAGE}')return;` +
    `document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})})</script>`;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(initialHeight)}" style="border:0;max-width:100%" loading="lazy"></iframe>\n${listener}`;
}
