/**
 * `formatNumber` without Intl, for the compare widget's cards and table. The first Intl.NumberFormat a page builds
 * loads ICU's number data: 20–30 ms of main thread on a fast machine, four times that on Lighthouse's phone, and
 * the widget paid it inside its hydration task. English and Korean write numbers alike (1,234.5), and rounding
 * follows Intl's: half away from zero, on the shortest decimal form of the double (a test holds the two together).
 */
import type { Lang } from '../../i18n';

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/** `value` with `decimals` fixed decimals and comma grouping, as `formatNumber(value, lang, decimals)` writes it. */
export function formatFigure(value: number, _lang: Lang = 'en', decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  // The shortest digits that read back as this double, and the power of ten of the first one.
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const digits = BigInt(mantissa.replace('.', ''));
  const scale = Number(exponent) - (mantissa.length - (mantissa.includes('.') ? 2 : 1)) + decimals;
  let scaled: bigint;
  if (scale >= 0) {
    scaled = digits * 10n ** BigInt(scale);
  } else {
    const divisor = 10n ** BigInt(-scale);
    scaled = digits / divisor + (2n * (digits % divisor) >= divisor ? 1n : 0n);
  }
  const text = scaled.toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals).replace(GROUPS, ',');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return decimals > 0 ? `${sign}${whole}.${text.slice(text.length - decimals)}` : `${sign}${whole}`;
}
