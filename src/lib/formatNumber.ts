import type { Lang } from '../i18n';

const formats = new Map<string, Intl.NumberFormat>();

/** Formats `value` for `lang` with a fixed number of decimals (grouping on: 1,234.5); "—" when not a finite number. */
export function formatNumber(value: number, lang: Lang = 'en', decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const key = `${lang}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    // Building an Intl.NumberFormat is slow next to using one, and the readout formats every frame.
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(key, format);
  }
  return format.format(value);
}
