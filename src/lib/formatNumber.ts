import type { Lang } from '../i18n';

// Both languages the site speaks write 1,234.5 ("," between thousands, "." before the decimals). Spelled out
// because a page's first Intl.NumberFormat loads locale data: tens of ms (hundreds on a busy phone) inside the
// hydration task of whichever island formats a number first. Past 1e12 (never on this site) Intl takes over.
const PLAIN_LIMIT = 1e12;

/** Formats `value` for `lang` with a fixed number of decimals, 0 to 3 (grouping on: 1,234.5); "—" when not a finite number. */
export function formatNumber(value: number, lang: Lang = 'en', decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const size = Math.abs(value);
  if (size >= PLAIN_LIMIT) return new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  // Intl rounds the shortest decimal that reads back as the number (1.005 → 1.01), half away from zero: shifting
  // the decimal text by an exponent keeps that decimal exact. Below 1e-6 String() writes an exponent; it rounds to 0.
  const text = String(size);
  const scaled = Math.round(text.includes('e') ? 0 : Number(`${text}e${decimals}`));
  const [whole, fraction] = Number(`${scaled}e-${decimals}`).toFixed(decimals).split('.') as [string, string?];
  // The sign goes back after rounding, so -0.4 reads "-0", as Intl writes it.
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}
