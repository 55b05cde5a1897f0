import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { Avatar } from '../../components/Avatar.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import type { Me } from '../../lib/types.ts';

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const [firstName, setFirstName] = useState(me.contact?.first_name ?? '');
  const [lastName, setLastName] = useState(me.contact?.last_name ?? '');
  const [phone, setPhone] = useState(me.contact?.phone ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      setMe(await portalApi.patch<Me>('/me', { first_name: firstName.trim(), last_name: lastName.trim(), phone: phone.trim() || null }));
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

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
          <p className="ui-muted">
            {t('account.gravatarHint')}{' '}
            <a href="https://gravatar.com" rel="noopener noreferrer" target="_blank">
              {t('account.gravatarLink')}
            </a>
          </p>
        </div>
      </div>
      <form onSubmit={submit} className="p-form">
        <FormAlert message={error ? errorMessage(t, error) : undefined} />
        <div className="p-field-row">
          <TextInput
            label={t('profile.firstName')}
            autoComplete="given-name"
            required
            value={firstName}
            onChange={(e) => setFirstName(e.target.value)}
            error={fieldError(t, error, 'first_name')}
          />
          <TextInput label={t('profile.lastName')} autoComplete="family-name" value={lastName} onChange={(e) => setLastName(e.target.value)} />
        </div>
        <TextInput label={t('profile.phone')} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={fieldError(t, error, 'phone')} />
        <div className="p-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {t('common.save')}
          </Button>
        </div>
        {saved ? <Notice tone="success">{t('account.profileSaved')}</Notice> : null}
      </form>
    </section>
  );
}
