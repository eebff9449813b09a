/** The site's languages, in a module of their own so that tiny page scripts can check a value without the dictionaries. */
export type Lang = 'en' | 'ko';
export const languages: readonly Lang[] = ['en', 'ko'];

/** Whether `value` is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
