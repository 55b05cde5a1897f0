import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterAuth } from '../../app/useAfterAuth.ts';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { BackToSignIn } from '../../components/BackToSignIn.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Me } from '../../lib/types.ts';

/** Second step of sign-in: a code from the authenticator app, or one recovery code. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const afterAuth = useAfterAuth();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      afterAuth(await portalApi.post<Me>('/session/two-factor', { code: useRecovery ? code.trim() : code.replace(/\s+/g, '') }));
    } catch (caught) {
      setError(errorMessage(t, caught));
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('twoFactor.signInTitle')}>
      <p>{useRecovery ? t('twoFactor.recoveryIntro') : t('twoFactor.codeIntro')}</p>
      <form onSubmit={submit} className="p-form">
        <FormAlert message={error} />
        {useRecovery ? (
          <TextInput key="recovery" label={t('twoFactor.recoveryLabel')} autoComplete="off" required value={code} onChange={(e) => setCode(e.target.value)} />
        ) : (
          <TextInput
            key="totp"
            label={t('twoFactor.codeLabel')}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
        <Button variant="primary" type="submit" busy={busy} className="p-button--block">
          {t('twoFactor.verify')}
        </Button>
      </form>
      <p>
        <Button
          variant="ghost"
          onClick={() => {
            setUseRecovery((value) => !value);
            setCode('');
            setError(undefined);
          }}
        >
          {useRecovery ? t('twoFactor.useApp') : t('twoFactor.useRecovery')}
        </Button>
      </p>
      <BackToSignIn />
    </AuthLayout>
  );
}
