import type { Lang } from '../i18n';

// Both languages the site speaks write numbers the same way: "," between thousands, "." before the decimals.
// Spelled out here because a page's first Intl.NumberFormat loads the locale data, tens of ms (hundreds on a busy
// phone) inside the island's hydration task, and every widget formats a number while it hydrates.
const GROUP = ',';
const POINT = '.';
// String(x) writes an exponent from 1e21; Intl handles what is beyond.
const PLAIN_LIMIT = 1e21;

/** Formats `value` for `lang` with a fixed number of decimals (grouping on: 1,234.5); "—" when not a finite number. */
export function formatNumber(value: number, _lang: Lang = 'en', decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const size = Math.abs(value);
  if (size >= PLAIN_LIMIT) return new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  const [whole, fraction] = roundHalfUp(plainDecimal(size), decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, GROUP);
  // The sign goes back after rounding, so -0.4 reads "-0", as Intl writes it.
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + grouped + (decimals > 0 ? POINT + fraction : '');
}

// The shortest decimal that reads back as `size` (what Intl rounds, so 1.005 → "1.01"), without an exponent.
function plainDecimal(size: number): string {
  const text = String(size);
  const exponent = text.indexOf('e-');
  if (exponent < 0) return text;
  const digits = text.slice(0, exponent).replace('.', '');
  return `0.${'0'.repeat(Number(text.slice(exponent + 2)) - 1)}${digits}`;
}

// Rounds a non-negative decimal string to `decimals` places, a half away from zero (Intl's default).
function roundHalfUp(decimal: string, decimals: number): [whole: string, fraction: string] {
  const [whole, fraction = ''] = decimal.split('.') as [string, string?];
  if (fraction.length <= decimals) return [whole, fraction.padEnd(decimals, '0')];
  const kept = BigInt(whole + fraction.slice(0, decimals)) + (fraction[decimals]! >= '5' ? 1n : 0n);
  const digits = kept.toString().padStart(decimals + 1, '0');
  return [digits.slice(0, digits.length - decimals), digits.slice(digits.length - decimals)];
}
