import { useTranslation } from 'react-i18next';
import { supportedLanguages, type Language } from '../../../contract/portal.ts';
import { currentLanguage, switchLanguage } from '../lib/i18n.ts';
import { isLanguage } from '../lib/language.ts';
import { Select } from '../../ui/components/Field.tsx';

/** Each language named in itself, so a person finds their own whatever the page speaks. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
};

export const languageOptions = supportedLanguages.map((value) => ({ value, label: languageNames[value] }));

/** Language choice before sign-in: switches at once and is remembered on this device. */
export function LanguagePicker() {
  const { t } = useTranslation();
  return (
    <div className="p-language-picker">
      <Select
        label={t('common.language')}
        value={currentLanguage()}
        options={languageOptions}
        onChange={(event) => {
          const value = event.target.value;
          if (isLanguage(value)) switchLanguage(value, true);
        }}
      />
    </div>
  );
}
