import { createI18n, saveLanguage, type UiLanguage } from '../../ui/i18n.ts';
import de from '../locales/de.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import ja from '../locales/ja.json';

const storageKey = 'portico.admin.language';

export function initAdminI18n() {
  return createI18n(
    {
      en: { translation: en },
      de: { translation: de },
      fr: { translation: fr },
      es: { translation: es },
      ja: { translation: ja },
    },
    storageKey,
  );
}

export function rememberLanguage(language: UiLanguage): void {
  saveLanguage(storageKey, language);
}
