import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const uiLanguages = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** `de-CH` → `de`; a language Portico does not speak → undefined. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | undefined {
  const base = tag?.toLowerCase().split('-')[0];
  return isUiLanguage(base) ? base : undefined;
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The address's `?lang=`, then the saved choice, then the browser's languages, else English. */
export function detectLanguage(storageKey: string): UiLanguage {
  const fromUrl = toUiLanguage(new URLSearchParams(window.location.search).get('lang'));
  if (fromUrl) return fromUrl;
  const saved = toUiLanguage(readStorage(storageKey));
  if (saved) return saved;
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const language = toUiLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

export function saveLanguage(storageKey: string, language: UiLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

/** One i18next instance for an app, keeping `<html lang>` in step with the language shown. */
export async function createI18n(resources: Resource, storageKey: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: detectLanguage(storageKey),
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return instance;
}
