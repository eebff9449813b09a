/** Bit rates for people: SI prefixes (1 kbit/s = 1,000 bit/s), three significant figures. */
import type { Lang } from '../../i18n';

const PREFIXES = [
  { factor: 1e9, unit: 'Gbit/s' },
  { factor: 1e6, unit: 'Mbit/s' },
  { factor: 1e3, unit: 'kbit/s' },
] as const;
const formats = new Map<string, Intl.NumberFormat>();

function format(lang: Lang): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 });
    formats.set(lang, f);
  }
  return f;
}

/** "6.97 Mbit/s", "16 kbit/s", "120 bit/s"; "—" when not a finite number. */
export function formatRate(bitsPerSecond: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(bitsPerSecond)) return '—';
  const prefix = PREFIXES.find((p) => Math.abs(bitsPerSecond) >= p.factor);
  return prefix ? `${format(lang).format(bitsPerSecond / prefix.factor)} ${prefix.unit}` : `${format(lang).format(bitsPerSecond)} bit/s`;
}

/** A count with three significant figures and grouping ("12,300", "0.5"). */
export function formatCount(value: number, lang: Lang = 'en'): string {
  return Number.isFinite(value) ? format(lang).format(value) : '—';
}
