import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import type { PaymentSettingsForm } from './PaymentSettingsPage.tsx';
import type { SecretField } from './payment-settings-form.ts';

interface SecretKeyFieldProps {
  form: PaymentSettingsForm;
  name: SecretField;
  label: string;
  hint: string;
  /** Whether one is stored, and its last four characters. */
  stored: { set: boolean; last4: string | null };
}

/**
 * A write-only secret: the stored one shows only as "set, ending …"; Replace opens a password field,
 * Clear removes it when the form is saved; either can be undone until then.
 */
export function SecretKeyField({ form, name, label, hint, stored }: SecretKeyFieldProps) {
  const { t } = useTranslation();
  const actionName = `${name}_action` as const;
  const action = useWatch({ control: form.control, name: actionName });
  const setAction = (next: 'keep' | 'replace' | 'clear') => {
    form.setValue(actionName, next, { shouldDirty: true });
    if (next !== 'replace') form.setValue(name, '', { shouldDirty: true });
    form.clearErrors(name);
  };
  const error = form.formState.errors[name]?.message;
  if (stored.set && action !== 'replace') {
    const headingId = `${name}-label`;
    return (
      <div className="ui-field" role="group" aria-labelledby={headingId}>
        <span id={headingId} className="ui-field__label">
          {label}
        </span>
        <p>
          {action === 'clear' ? <strong>{t('paymentSettings.willBeCleared')}</strong> : stored.last4 ? t('paymentSettings.storedEnding', { last4: stored.last4 }) : t('paymentSettings.stored')}
        </p>
        {error ? <p className="ui-field__error">{error}</p> : null}
        <div className="admin-inline-actions">
          {action === 'clear' ? (
            <Button onClick={() => setAction('keep')}>{t('paymentSettings.undoClear')}</Button>
          ) : (
            <>
              <Button onClick={() => setAction('replace')} aria-label={t('paymentSettings.replaceNamed', { name: label })}>
                {t('paymentSettings.replace')}
              </Button>
              <Button variant="danger" onClick={() => setAction('clear')} aria-label={t('paymentSettings.clearNamed', { name: label })}>
                {t('paymentSettings.clear')}
              </Button>
            </>
          )}
        </div>
      </div>
    );
  }
  return (
    <div>
      <FormTextInput control={form.control} name={name} label={label} hint={hint} type="password" autoComplete="off" spellCheck={false} />
      {stored.set ? <Button onClick={() => setAction('keep')}>{t('paymentSettings.keepStored')}</Button> : null}
    </div>
  );
}
