/**
 * A program's source as one piece of markup, a row per line with its number: the code panel renders it with
 * `{@html}` because hydrating the programs row by row was most of the sockets embed's load-time task (issue 14).
 * The code is escaped here; nothing else reaches the markup.
 */

/** The row `at` (1-based) is marked as the program's position, `current` when it is the current step's call. */
export function codeRowsHtml(code: string, at: number | null, current: boolean): string {
  return code
    .split('\n')
    .map((text, i) => {
      const mark = i + 1 === at ? ` class="row at${current ? ' current' : ''}" aria-current="step"` : ' class="row"';
      return `<span${mark} data-line="${i + 1}"><span class="no" aria-hidden="true">${i + 1}</span>${escapeHtml(text)}\n</span>`;
    })
    .join('');
}

/** Text as HTML element content: the three characters markup would read. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
