import type { i18n as I18n } from 'i18next';
import { createI18n, type UiLanguage } from '../../ui/i18n.ts';
import de from '../locales/de.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import ja from '../locales/ja.json';
import { languageFromUrl, languageStorageKey, saveLanguage } from './language.ts';

let instance: I18n | undefined;

/**
 * The first screen's language: `?lang=` from the address (email links carry it), then the choice saved
 * on this device, then the browser's languages, else English. Link pages then adopt their link's language.
 */
export async function initI18n(): Promise<void> {
  instance = await createI18n(
    {
      en: { translation: en },
      de: { translation: de },
      fr: { translation: fr },
      es: { translation: es },
      ja: { translation: ja },
    },
    languageStorageKey,
  );
}

/** Switches the interface at once; `remember` keeps it for the next visit on this device. */
export function switchLanguage(language: UiLanguage, remember = false): void {
  if (remember) saveLanguage(language);
  if (instance && instance.language !== language) void instance.changeLanguage(language);
}

/** A link's language (invitation, reset…) wins over saved and browser choices, but not over `?lang=`. */
export function adoptLinkLanguage(language: UiLanguage | undefined): void {
  if (!language || languageFromUrl()) return;
  switchLanguage(language);
}

export function currentLanguage(): UiLanguage {
  const language = instance?.resolvedLanguage ?? instance?.language;
  return language === 'de' || language === 'fr' || language === 'es' || language === 'ja' ? language : 'en';
}
