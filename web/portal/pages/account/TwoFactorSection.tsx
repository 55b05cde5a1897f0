import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { Button } from '../../../ui/components/Button.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { RecoveryCodesView } from '../../components/RecoveryCodesView.tsx';
import { Notice, StatusBadge } from '../../../ui/components/Feedback.tsx';
import { TwoFactorEnrolment } from '../../components/TwoFactorEnrolment.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Me, RecoveryCodes } from '../../lib/types.ts';

type Mode = 'idle' | 'enrol' | 'regenerate' | 'disable';

export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { branding, setMe, refreshMe } = usePortal();
  const [mode, setMode] = useState<Mode>('idle');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [codes, setCodes] = useState<string[]>();
  const [notice, setNotice] = useState<string>();

  function open(next: Mode) {
    setMode(next);
    setCode('');
    setError(undefined);
    setNotice(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body = { code: code.replace(/\s+/g, '') };
    try {
      if (mode === 'regenerate') {
        setCodes((await portalApi.post<RecoveryCodes>('/me/two-factor/recovery-codes', body)).recovery_codes);
      } else {
        setMe(await portalApi.request<Me>('DELETE', '/me/two-factor', body));
        setNotice(t('twoFactor.disabled'));
      }
      setMode('idle');
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  let body;
  if (codes) {
    body = <RecoveryCodesView codes={codes} portalName={branding.portal_name || branding.name} doneLabel={t('common.done')} onDone={() => setCodes(undefined)} />;
  } else if (mode === 'enrol') {
    body = (
      <TwoFactorEnrolment
        doneLabel={t('common.done')}
        onDone={() => {
          setMode('idle');
          setNotice(t('twoFactor.enabled'));
          void refreshMe();
        }}
      />
    );
  } else if (mode === 'regenerate' || mode === 'disable') {
    body = (
      <form onSubmit={submit} className="p-form p-form--narrow">
        <p>{mode === 'regenerate' ? t('twoFactor.regenerateIntro') : t('twoFactor.disableIntro')}</p>
        <FormAlert message={error} />
        <TextInput label={t('twoFactor.codeLabel')} inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} />
        <div className="p-actions">
          <Button type="submit" variant={mode === 'disable' ? 'danger' : 'primary'} busy={busy}>
            {mode === 'regenerate' ? t('twoFactor.regenerate') : t('twoFactor.disable')}
          </Button>
          <Button variant="secondary" onClick={() => open('idle')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    );
  } else if (me.two_factor_enabled) {
    body = (
      <div className="p-actions">
        <Button variant="secondary" onClick={() => open('regenerate')}>
          {t('twoFactor.regenerate')}
        </Button>
        <Button variant="danger" onClick={() => open('disable')}>
          {t('twoFactor.disable')}
        </Button>
      </div>
    );
  } else {
    body = (
      <div className="p-actions">
        <Button variant="primary" onClick={() => open('enrol')}>{t('twoFactor.enable')}</Button>
      </div>
    );
  }

  return (
    <section className="p-card" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading" className="p-card__title">
        {t('twoFactor.title')} <StatusBadge tone={me.two_factor_enabled ? 'success' : 'neutral'}>{me.two_factor_enabled ? t('twoFactor.on') : t('twoFactor.off')}</StatusBadge>
      </h2>
      <p className="ui-muted">{t('twoFactor.explain')}</p>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {body}
    </section>
  );
}
