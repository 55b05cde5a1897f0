import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import type { Me } from '../../app/session.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { FormAlert } from '../../components/Feedback.tsx';
import { RecoveryCodesView } from '../../components/RecoveryCodesView.tsx';
import { Notice, StatusBadge } from '../../../ui/components/Feedback.tsx';
import { TwoFactorEnrolment } from '../../components/TwoFactorEnrolment.tsx';
import { codeSchema, twoFactorCode } from '../auth/auth-forms.ts';
import { disableTwoFactor, regenerateRecoveryCodes } from './queries.ts';

type Mode = 'idle' | 'enrol' | 'regenerate' | 'disable';

export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { branding, setMe, refreshMe } = usePortal();
  const [mode, setMode] = useState<Mode>('idle');
  const [codes, setCodes] = useState<string[]>();
  const [notice, setNotice] = useState<string>();
  const form = useZodForm(codeSchema, { defaultValues: { code: '' } });
  const regenerate = useApiMutation({ mutationFn: regenerateRecoveryCodes, onSuccess: (answer) => setCodes(answer.recovery_codes) });
  const disable = useApiMutation({
    mutationFn: disableTwoFactor,
    onSuccess: (answer) => {
      setMe(answer);
      setNotice(t('twoFactor.disabled'));
    },
  });
  const submit = useServerSubmit(
    form,
    ({ code }) => (mode === 'regenerate' ? regenerate.mutateAsync(twoFactorCode(code, false)) : disable.mutateAsync(twoFactorCode(code, false))),
    { onSuccess: () => setMode('idle') },
  );

  function open(next: Mode) {
    setMode(next);
    form.reset({ code: '' });
    setNotice(undefined);
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
      <form onSubmit={(event) => void submit(event)} className="p-form p-form--narrow">
        <p>{mode === 'regenerate' ? t('twoFactor.regenerateIntro') : t('twoFactor.disableIntro')}</p>
        <FormAlert message={formErrorMessage(form)} />
        <FormTextInput control={form.control} name="code" label={t('twoFactor.codeLabel')} inputMode="numeric" autoComplete="one-time-code" required />
        <div className="p-actions">
          <Button type="submit" variant={mode === 'disable' ? 'danger' : 'primary'} busy={form.formState.isSubmitting}>
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
