import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import type { Me } from '../../app/session.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { profileSchema, profileUpdate, profileValues } from './account-forms.ts';
import { updateMe } from './queries.ts';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(profileSchema, { defaultValues: profileValues(me) });
  // The answer is the session as it is now: the header shows the new name at once.
  const save = useApiMutation({ mutationFn: updateMe, onSuccess: setMe });
  const submit = useServerSubmit(
    form,
    async (values) => {
      setSaved(false);
      await save.mutateAsync(profileUpdate(values));
    },
    { onSuccess: () => setSaved(true) },
  );

  const name = me.contact?.name ?? me.email;
  return (
    <section className="p-card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="p-card__title">
        {t('account.profile')}
      </h2>
      <div className="p-profile">
        <Avatar url={me.contact?.avatar_url} name={name} size={72} />
        <div>
          <p className="p-profile__name">{name}</p>
          <p className="ui-muted">{me.email}</p>
          {/* No avatar address: the business turned Gravatar off, so there is nothing to change there. */}
          {me.contact?.avatar_url ? (
            <p className="ui-muted">
              {t('account.gravatarHint')}{' '}
              <a href="https://gravatar.com" rel="noopener noreferrer" target="_blank">
                {t('account.gravatarLink')}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      <form onSubmit={(event) => void submit(event)} className="p-form">
        <FormAlert message={formErrorMessage(form)} />
        <div className="p-field-row">
          <FormTextInput control={form.control} name="first_name" label={t('profile.firstName')} autoComplete="given-name" required />
          <FormTextInput control={form.control} name="last_name" label={t('profile.lastName')} autoComplete="family-name" />
        </div>
        <FormTextInput control={form.control} name="phone" label={t('profile.phone')} type="tel" autoComplete="tel" />
        <div className="p-actions">
          <Button variant="primary" type="submit" busy={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
        {saved ? <Notice tone="success">{t('account.profileSaved')}</Notice> : null}
      </form>
    </section>
  );
}
