/**
 * For the lazily loaded terminal (imported after the page hydrated, so the renderer's wait did not cover its
 * strings): its top-level await lets `import('./TimelineTerminal.svelte')` resolve only once the page language's
 * terminal strings are loaded. See `hydrateInPageLanguage`.
 */
import '../terminal';
import { loadPageLanguage } from '../index';

await loadPageLanguage();
