import type { i18n as I18n } from 'i18next';
import { createI18n, saveLanguage, type UiLanguage } from '../../ui/i18n.ts';
import de from '../locales/de.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import ja from '../locales/ja.json';

const storageKey = 'portico.admin.language';

let instance: I18n | undefined;

export async function initAdminI18n(): Promise<I18n> {
  instance = await createI18n(
    {
      en: { translation: en },
      de: { translation: de },
      fr: { translation: fr },
      es: { translation: es },
      ja: { translation: ja },
    },
    storageKey,
  );
  return instance;
}

export function rememberLanguage(language: UiLanguage): void {
  saveLanguage(storageKey, language);
}
