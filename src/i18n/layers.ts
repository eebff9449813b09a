/** i18n entry for the inspector's layer view (loaded with `LayerStack`, so pages without layered messages ship none of it). */
import { registerDictionary, registerTranslation } from './index';
import { layerUi } from './en/layerUi';

registerDictionary(layerUi);
registerTranslation('ko', () => import('./ko/layerUi').then((m) => [m.layerUi]));

export * from './index';
