import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../contract/portal.ts';
import { usePortal } from '../../app/PortalContext.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { Select } from '../../../ui/components/Field.tsx';
import { languageOptions } from '../../components/LanguagePicker.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { switchLanguage } from '../../lib/i18n.ts';
import { isLanguage } from '../../lib/language.ts';
import type { Me } from '../../lib/types.ts';

/** The portal's language for this contact: switches at once and is saved with the account. */
export function LanguageSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  async function change(language: Language) {
    const previous = me.language;
    switchLanguage(language, true);
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setMe(await portalApi.patch<Me>('/me', { language }));
      setStatus(t('account.languageSaved', { lng: language }));
    } catch (caught) {
      switchLanguage(previous, true);
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="p-card" aria-labelledby="language-heading">
      <h2 id="language-heading" className="p-card__title">
        {t('account.languageTitle')}
      </h2>
      <FormAlert message={error} />
      <Select
        label={t('common.language')}
        hint={t('account.languageHint')}
        value={me.language}
        options={languageOptions}
        disabled={busy}
        onChange={(event) => {
          const value = event.target.value;
          if (isLanguage(value)) void change(value);
        }}
      />
      <p role="status" className="ui-muted">
        {status}
      </p>
    </section>
  );
}
