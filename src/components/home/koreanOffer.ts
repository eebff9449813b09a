/** The English home page's offer of the Korean edition: shown, never redirected to (see `shouldOfferKorean`). */
import { LANGUAGE_KEY, shouldOfferKorean } from '../../i18n/languageChoice';

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

const offer = document.querySelector<HTMLElement>('[data-korean-offer]');
if (offer && shouldOfferKorean(navigator.languages ?? [navigator.language], stored())) offer.hidden = false;
