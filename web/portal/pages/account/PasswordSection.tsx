import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { checkPassword, isPasswordAcceptable, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError, isApiError } from '../../lib/errors.ts';
import type { Me } from '../../lib/types.ts';

export function PasswordSection() {
  const { t } = useTranslation();
  const { setMe } = usePortal();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setSaved(false);
    if (!current || !isPasswordAcceptable(checkPassword(password, confirmation))) return;
    setBusy(true);
    setError(undefined);
    try {
      setMe(await portalApi.put<Me>('/me/password', { current_password: current, new_password: password }));
      setCurrent('');
      setPassword('');
      setConfirmation('');
      setSubmitted(false);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const currentError =
    (submitted && !current ? t('common.required') : undefined) ??
    fieldError(t, error, 'current_password') ??
    (isApiError(error, 'INVALID_CREDENTIALS') ? t('account.currentPasswordWrong') : undefined);
  const newError = fieldError(t, error, 'new_password') ?? (isApiError(error, 'WEAK_PASSWORD') ? t('errors.WEAK_PASSWORD') : undefined);
  const generalError = error && !currentError && !newError ? errorMessage(t, error) : undefined;
  return (
    <section className="p-card" aria-labelledby="password-heading">
      <h2 id="password-heading" className="p-card__title">
        {t('account.passwordTitle')}
      </h2>
      <form onSubmit={submit} className="p-form p-form--narrow" noValidate>
        <FormAlert message={generalError} />
        <TextInput
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={currentError}
        />
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          serverError={newError}
          showErrors={submitted}
        />
        <div className="p-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {t('account.changePassword')}
          </Button>
        </div>
        {saved ? <Notice tone="success">{t('account.passwordChanged')}</Notice> : null}
      </form>
    </section>
  );
}
