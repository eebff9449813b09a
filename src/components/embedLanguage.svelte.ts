/**
 * The language an embedded widget shows. Pages are built in English; an embed's
 * `?lang=` switches the widget once that language's strings have loaded, and
 * sets `<html lang>` to match. Until then, and off embeds, it is the `lang` prop.
 */
import { loadLanguage, type Lang } from '../i18n';

/** One widget's shown language. */
export class EmbedLanguage {
  #fromUrl: Lang | undefined = $state();
  readonly #fallback: () => Lang;

  /** `fallback` reads the widget's `lang` prop (a getter, so the prop stays reactive). */
  constructor(fallback: () => Lang) {
    this.#fallback = fallback;
  }

  /** The language to render in now. */
  get shown(): Lang {
    return this.#fromUrl ?? this.#fallback();
  }

  /** Switches to `next` once its strings are loaded; a failed download leaves the widget readable in English. */
  async switchTo(next: Lang): Promise<void> {
    try {
      await loadLanguage(next);
    } catch {
      return;
    }
    this.#fromUrl = next;
    document.documentElement.lang = next;
  }
}
