/**
 * Import this last in an island's component: its top-level await holds the island's hydration until the page
 * language's strings (of every area imported before it) are loaded. See `loadPageLanguage`.
 */
import { loadPageLanguage } from './index';

await loadPageLanguage();
