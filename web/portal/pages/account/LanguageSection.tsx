import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../contract/portal.ts';
import { usePortal } from '../../app/PortalContext.tsx';
import type { Me } from '../../app/session.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { Select } from '../../../ui/components/Field.tsx';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { languageOptions } from '../../components/LanguagePicker.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { switchLanguage } from '../../lib/i18n.ts';
import { isLanguage } from '../../lib/language.ts';
import { updateMe } from './queries.ts';

/** The portal's language for this contact: switches at once and is saved with the account. */
export function LanguageSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const save = useApiMutation({
    mutationFn: (language: Language) => updateMe({ language }),
    // The interface changes before the answer; a refusal puts the language back.
    onMutate: (language) => switchLanguage(language, true),
    // `me` is still the session before the change.
    onError: () => switchLanguage(me.language, true),
    onSuccess: setMe,
  });

  return (
    <section className="p-card" aria-labelledby="language-heading">
      <h2 id="language-heading" className="p-card__title">
        {t('account.languageTitle')}
      </h2>
      <FormAlert message={save.isError ? errorMessage(t, save.error) : undefined} />
      <Select
        label={t('common.language')}
        hint={t('account.languageHint')}
        value={me.language}
        options={languageOptions}
        disabled={save.isPending}
        onChange={(event) => {
          const value = event.target.value;
          if (isLanguage(value)) save.mutate(value);
        }}
      />
      <p role="status" className="ui-muted">
        {save.isSuccess ? t('account.languageSaved', { lng: save.variables }) : null}
      </p>
    </section>
  );
}
