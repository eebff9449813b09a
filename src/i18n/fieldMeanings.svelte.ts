/**
 * What each HTTP field means (keys "field.*"): the longest part of the strings every widget needs, and read only
 * when the reader points at a field. So they are not built into `i18n/index` but load here, in the page's
 * language, on the first field the reader hovers or focuses (FieldDetail); `ready` tells the view they are in.
 */
import { loadLanguage, registerDictionary, registerTranslation, type Lang } from './index';

const loadKorean = () => import('./ko/fields').then((m) => [m.fields]);

let ready = $state(false);
let english: Promise<void> | undefined;

/** True once the field meanings are registered (English; the page's language once `loadFieldMeanings(lang)` resolved). */
export function fieldMeaningsReady(): boolean {
  return ready;
}

/** Loads the field meanings, and their translation in `lang`; later language switches load theirs with the rest. */
export async function loadFieldMeanings(lang: Lang = 'en'): Promise<void> {
  english ??= import('./en/fields').then(
    (m) => {
      registerDictionary(m.fields);
      registerTranslation('ko', loadKorean);
    },
    (error: unknown) => {
      english = undefined; // offline for a moment: the next field tries again
      throw error;
    },
  );
  await english;
  await loadLanguage(lang);
  ready = true;
}
