/** Formats a simulator figure for lesson prose: grouped thousands, a fixed number of decimals. */
export function formatFact(value: number, decimals = 0, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
