/**
 * i18n entry for build-time site text (home-page blurbs): Astro pages import `t` from here; no island does, so
 * these sentences never reach a page's JavaScript. The other lessons' blurbs, still in `ui.ts`, could move here too.
 */
import { registerDictionary, registerTranslation } from './index';
import { siteBlurbs } from './en/siteBlurbs';

registerDictionary(siteBlurbs);
registerTranslation('ko', () => import('./ko/siteBlurbs').then((m) => [m.siteBlurbs]));

export * from './index';
