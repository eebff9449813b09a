import type { Lang } from '../i18n';

/** Formats `value` for `lang` with a fixed number of decimals, 0 to 3 (grouping on: 1,234.5); "—" when not a finite number. */
export function formatNumber(value: number, lang: Lang = 'en', decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  // Both languages the site speaks write 1,234.5, spelled out here because a page's first Intl.NumberFormat loads
  // locale data: tens of ms (hundreds on a busy phone) inside the hydration of the first island that formats a
  // number. Past 1e12 (no figure on this site) Intl takes over.
  if (Math.abs(value) >= 1e12) return value.toLocaleString(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // Intl rounds the shortest decimal that reads back as the number (1.005 → 1.01) half away from zero: shifting that
  // decimal text by an exponent keeps it exact. Below 1e-6 String() writes an exponent, and the number rounds to 0.
  const text = String(Math.abs(value));
  const scaled = Math.round(text.includes('e') ? 0 : Number(`${text}e${decimals}`));
  // Commas between thousands of the whole part (three decimals at most never take one: "." is a word boundary).
  // The sign goes back after rounding (1 / -0 < 0 too), so -0.4 reads "-0", as Intl writes it.
  return (1 / value < 0 ? '-' : '') + Number(`${scaled}e-${decimals}`).toFixed(decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
