/**
 * Import from an island's component (a `ready/*` module per i18n area it uses): its top-level await holds the
 * island's hydration until the page language's strings for that area are loaded. See `loadPageLanguage`.
 * This one: the built-in areas (`i18n/index`).
 */
import { loadPageLanguage } from '../index';

await loadPageLanguage();
