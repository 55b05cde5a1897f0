import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, uiLanguages } from '../../../ui/i18n.ts';
import { languageName } from '../../../ui/format.ts';
import { rememberLanguage } from '../../lib/i18n.ts';

/** The frame of the signed-out pages: product name, a card, the language choice. */
export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="admin-auth">
      <header className="admin-auth__header">
        <span className="admin-auth__product">Portico</span>
        <div className="admin-auth__language">
          <label htmlFor="auth-language" className="ui-visually-hidden">
            {t('shell.language')}
          </label>
          <select
            id="auth-language"
            className="ui-input ui-select"
            value={i18n.resolvedLanguage ?? 'en'}
            onChange={(event) => {
              const language = event.target.value;
              if (!isUiLanguage(language)) return;
              rememberLanguage(language);
              void i18n.changeLanguage(language);
            }}
          >
            {uiLanguages.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main id="main" className="admin-auth__main">
        <div className="ui-card admin-auth__card">
          <h1>{title}</h1>
          {children}
        </div>
        {footer ? <div className="admin-auth__footer">{footer}</div> : null}
      </main>
    </div>
  );
}
