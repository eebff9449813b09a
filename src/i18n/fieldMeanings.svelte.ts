/**
 * What each field means (keys "field.*", "wsfield.*"): the longest part of the strings the widgets need, and read
 * only when the reader points at a field. So they are not built into `i18n/index` (nor registered with the WebSocket
 * strings) but load here, in the page's language, on the first field the reader hovers or focuses (FieldDetail).
 */
import { loadLanguage, registerDictionary, registerTranslation, type Dictionary, type Lang, type TranslationLoader } from './index';

/** One area's field meanings: how to load the English and the translation. */
export interface MeaningsArea {
  readonly english: () => Promise<Dictionary>;
  readonly korean: TranslationLoader;
}

/** The HTTP fields' meanings (every widget shows HTTP messages or may). */
export const httpMeanings: MeaningsArea = {
  english: () => import('./en/fields').then((m) => m.fields),
  korean: () => import('./ko/fields').then((m) => [m.fields]),
};

/** The WebSocket frame and handshake fields' meanings; registered by the i18n entries of the areas that show frames. */
export const wsMeanings: MeaningsArea = {
  english: () => import('./en/wsFieldMeanings').then((m) => m.wsFieldMeanings),
  korean: () => import('./ko/wsFieldMeanings').then((m) => [m.wsFieldMeanings]),
};

const areas = new Set<MeaningsArea>([httpMeanings]);
const loading = new Map<MeaningsArea, Promise<void>>();
let ready = $state(false);

/** Adds an area whose meanings `loadFieldMeanings` loads too; call from the area's i18n entry module. */
export function registerFieldMeanings(area: MeaningsArea): void {
  if (areas.has(area)) return;
  areas.add(area);
  ready = false;
}

/** True once every registered area's meanings are in (English; also `lang` once `loadFieldMeanings(lang)` resolved). */
export function fieldMeaningsReady(): boolean {
  return ready;
}

/** Loads every registered area's meanings and their translation in `lang`; later language switches load theirs with the rest. */
export async function loadFieldMeanings(lang: Lang = 'en'): Promise<void> {
  const wanted = [...areas];
  await Promise.all(
    wanted.map((area) => {
      let promise = loading.get(area);
      if (!promise) {
        promise = area.english().then(
          (dictionary) => {
            registerDictionary(dictionary);
            registerTranslation('ko', area.korean);
          },
          (error: unknown) => {
            loading.delete(area); // offline for a moment: the next field tries again
            throw error;
          },
        );
        loading.set(area, promise);
      }
      return promise;
    }),
  );
  await loadLanguage(lang);
  if (wanted.length === areas.size) ready = true;
}
