/** Splits a definition at its backticks: `Upgrade: websocket` is shown as code, the rest as text (no markup from data). */
export function codeSpans(text: string): { readonly code: boolean; readonly text: string }[] {
  return text
    .split('`')
    .map((part, index) => ({ code: index % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}
