import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../app/PortalContext.tsx';
import { portalApi } from '../lib/client.ts';
import { errorMessage } from '../lib/errors.ts';
import type { RecoveryCodes, TwoFactorSetup } from '../lib/types.ts';
import { Button } from '../../ui/components/Button.tsx';
import { FormAlert, LoadFailed, Loading } from './Feedback.tsx';
import { TextInput } from '../../ui/components/Field.tsx';
import { RecoveryCodesView } from './RecoveryCodesView.tsx';

/** Enrolment: scan the QR code (or type the key), confirm a code, then keep the recovery codes. */
export function TwoFactorEnrolment({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const [setup, setSetup] = useState<TwoFactorSetup>();
  const [loadError, setLoadError] = useState<unknown>();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [codes, setCodes] = useState<string[]>();
  const started = useRef(false);

  function start() {
    setLoadError(undefined);
    portalApi.post<TwoFactorSetup>('/me/two-factor/setup').then(setSetup, setLoadError);
  }

  useEffect(() => {
    // Each setup call makes a new secret: ask once per visit.
    if (started.current) return;
    started.current = true;
    start();
  }, []);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await portalApi.post<RecoveryCodes>('/me/two-factor/confirm', { code: code.replace(/\s+/g, '') });
      setCodes(answer.recovery_codes);
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  if (codes) return <RecoveryCodesView codes={codes} portalName={branding.portal_name || branding.name} onDone={onDone} doneLabel={doneLabel} />;
  if (loadError) return <LoadFailed message={errorMessage(t, loadError)} onRetry={start} />;
  if (!setup) return <Loading />;
  return (
    <div className="p-enrol">
      <ol className="p-steps">
        <li>
          <p>{t('twoFactor.scan')}</p>
          <img className="p-enrol__qr" src={setup.qr_code_data_url} alt={t('twoFactor.qrAlt')} width={200} height={200} />
          <p>{t('twoFactor.manualKey')}</p>
          <p>
            <code className="p-secret" data-testid="two-factor-secret">
              {setup.secret}
            </code>
          </p>
        </li>
        <li>
          <form onSubmit={confirm} className="p-form">
            <FormAlert message={error} />
            <TextInput
              label={t('twoFactor.codeLabel')}
              hint={t('twoFactor.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
            <Button variant="primary" type="submit" busy={busy}>
              {t('twoFactor.confirm')}
            </Button>
          </form>
        </li>
      </ol>
    </div>
  );
}
