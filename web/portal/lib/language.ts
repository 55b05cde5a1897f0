import { saveLanguage as saveUiLanguage, toUiLanguage, type UiLanguage } from '../../ui/i18n.ts';

/** Where the portal remembers a person's language on this device. */
export const languageStorageKey = 'portico.portal.language';

export function isLanguage(value: unknown): value is UiLanguage {
  return toUiLanguage(typeof value === 'string' ? value : undefined) === value;
}

/** The `?lang=` of the address: email links carry the contact's portal language. */
export function languageFromUrl(search: string = window.location.search): UiLanguage | undefined {
  return toUiLanguage(new URLSearchParams(search).get('lang'));
}

export function saveLanguage(language: UiLanguage): void {
  saveUiLanguage(languageStorageKey, language);
}
