import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/components/Button.tsx';
import { FormTextInput } from '../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../ui/query/mutations.ts';
import { usePortal } from '../app/PortalContext.tsx';
import { errorMessage } from '../lib/errors.ts';
import { confirmTwoFactor, startTwoFactorSetup } from '../pages/account/queries.ts';
import { codeSchema, twoFactorCode } from '../pages/auth/auth-forms.ts';
import { FormAlert, LoadFailed, Loading } from './Feedback.tsx';
import { RecoveryCodesView } from './RecoveryCodesView.tsx';

/** Enrolment: scan the QR code (or type the key), confirm a code, then keep the recovery codes. */
export function TwoFactorEnrolment({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const [codes, setCodes] = useState<string[]>();
  // Each setup call makes a new secret (a write, never repeated by itself): asked once per visit.
  const setup = useApiMutation({ mutationFn: startTwoFactorSetup });
  const started = useRef(false);
  const { mutate: start } = setup;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);

  const form = useZodForm(codeSchema, { defaultValues: { code: '' } });
  const confirm = useApiMutation({ mutationFn: confirmTwoFactor, onSuccess: (answer) => setCodes(answer.recovery_codes) });
  const submit = useServerSubmit(form, ({ code }) => confirm.mutateAsync(twoFactorCode(code, false)));

  if (codes) return <RecoveryCodesView codes={codes} portalName={branding.portal_name || branding.name} onDone={onDone} doneLabel={doneLabel} />;
  if (setup.isError) return <LoadFailed message={errorMessage(t, setup.error)} onRetry={() => start()} />;
  if (!setup.data) return <Loading />;
  return (
    <div className="p-enrol">
      <ol className="p-steps">
        <li>
          <p>{t('twoFactor.scan')}</p>
          <img className="p-enrol__qr" src={setup.data.qr_code_data_url} alt={t('twoFactor.qrAlt')} width={200} height={200} />
          <p>{t('twoFactor.manualKey')}</p>
          <p>
            <code className="p-secret" data-testid="two-factor-secret">
              {setup.data.secret}
            </code>
          </p>
        </li>
        <li>
          <form onSubmit={(event) => void submit(event)} className="p-form">
            <FormAlert message={formErrorMessage(form)} />
            <FormTextInput
              control={form.control}
              name="code"
              label={t('twoFactor.codeLabel')}
              hint={t('twoFactor.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              required
            />
            <Button variant="primary" type="submit" busy={form.formState.isSubmitting}>
              {t('twoFactor.confirm')}
            </Button>
          </form>
        </li>
      </ol>
    </div>
  );
}
