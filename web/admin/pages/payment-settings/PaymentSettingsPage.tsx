import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, ErrorState, Notice, Spinner, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm, type ZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { minimumCurrency, paymentSettingsFieldName, paymentSettingsSchema, paymentSettingsValues } from './payment-settings-form.ts';
import { fetchPaymentSettings, paymentSettingsKeys, savePaymentSettings, type PaymentSettings, type PaymentSettingsUpdate } from './queries.ts';
import { SecretKeyField } from './SecretKeyField.tsx';

export type PaymentSettingsForm = ZodForm<ReturnType<typeof paymentSettingsSchema>>;

/** Online payments: the gateway and its keys, the methods offered, partial payments and money on account. */
export function PaymentSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('paymentSettings.title'));
  const settings = useQuery({ queryKey: paymentSettingsKeys.all, queryFn: ({ signal }) => fetchPaymentSettings(signal) });
  if (settings.isPending) return <Spinner label={t('paymentSettings.loading')} />;
  if (!settings.data) {
    return (
      <>
        <h1>{t('paymentSettings.title')}</h1>
        <ErrorState title={t('paymentSettings.loadFailed')} message={errorMessage(t, settings.error)} retryLabel={t('common.retry')} onRetry={() => void settings.refetch()} />
      </>
    );
  }
  return <PaymentSettingsFormView settings={settings.data} />;
}

function PaymentSettingsFormView({ settings }: { settings: PaymentSettings }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  // The fields follow the settings as saved (the answer of each save).
  const schema = useMemo(() => paymentSettingsSchema(locale, t), [locale, t]);
  const values = useMemo(() => paymentSettingsValues(settings, locale), [settings, locale]);
  const form: PaymentSettingsForm = useZodForm(schema, { values });
  const save = useApiMutation({
    mutationFn: (body: PaymentSettingsUpdate) => savePaymentSettings(body),
    onSuccess: (updated, _body, _result, { client }) => client.setQueryData(paymentSettingsKeys.all, updated),
  });
  const submit = useServerSubmit(
    form,
    async (body) => {
      await save.mutateAsync(body);
      toast.show(t('paymentSettings.saved'));
    },
    { fieldName: paymentSettingsFieldName },
  );
  const gateway = useWatch({ control: form.control, name: 'gateway' });
  const partial = useWatch({ control: form.control, name: 'allow_partial_payments' });
  const methodsError = form.formState.errors.card_enabled ? t('paymentSettings.oneMethod') : undefined;
  const error = formErrorMessage(form);

  return (
    <>
      <h1>{t('paymentSettings.title')}</h1>
      <p className="ui-muted">{t('paymentSettings.intro')}</p>
      <form className="admin-form admin-settings" onSubmit={(event) => void submit(event)} noValidate>
        <section className="ui-card" aria-labelledby="payment-gateway">
          <h2 id="payment-gateway">{t('paymentSettings.gateway')}</h2>
          <fieldset className="admin-radio-group">
            <legend className="ui-visually-hidden">{t('paymentSettings.gateway')}</legend>
            <div className="ui-checkbox">
              <input type="radio" id="gateway-test" value="test" aria-describedby="gateway-test-hint" {...form.register('gateway')} />
              <label htmlFor="gateway-test">{t('paymentSettings.testGateway')}</label>
              <div id="gateway-test-hint" className="ui-field__hint">
                {t('paymentSettings.testGatewayHint')}
              </div>
            </div>
            <div className="ui-checkbox">
              <input type="radio" id="gateway-stripe" value="stripe" aria-describedby="gateway-stripe-hint" {...form.register('gateway')} />
              <label htmlFor="gateway-stripe">{t('paymentSettings.stripe')}</label>
              <div id="gateway-stripe-hint" className="ui-field__hint">
                {t('paymentSettings.stripeHint')}
              </div>
            </div>
          </fieldset>
        </section>

        {gateway === 'stripe' ? (
          <section className="ui-card" aria-labelledby="payment-stripe-keys">
            <h2 id="payment-stripe-keys">{t('paymentSettings.stripeKeys')}</h2>
            <p className="ui-muted">{t('paymentSettings.stripeKeysIntro')}</p>
            <FormTextInput control={form.control} name="stripe_publishable_key" label={t('paymentSettings.publishableKey')} hint={t('paymentSettings.publishableKeyHint')} autoComplete="off" spellCheck={false} required />
            <SecretKeyField
              form={form}
              name="stripe_secret_key"
              label={t('paymentSettings.secretKey')}
              hint={t('paymentSettings.secretKeyHint')}
              stored={{ set: settings.stripe_secret_key_set, last4: settings.stripe_secret_key_last4 }}
            />
            <SecretKeyField
              form={form}
              name="stripe_webhook_secret"
              label={t('paymentSettings.webhookSecret')}
              hint={t('paymentSettings.webhookSecretHint')}
              stored={{ set: settings.stripe_webhook_secret_set, last4: settings.stripe_webhook_secret_last4 }}
            />
          </section>
        ) : null}

        <section className="ui-card" aria-labelledby="payment-methods">
          <h2 id="payment-methods">{t('paymentSettings.methods')}</h2>
          <FormCheckbox control={form.control} name="card_enabled" label={t('paymentSettings.card')} />
          <FormCheckbox control={form.control} name="bank_enabled" label={t('paymentSettings.bank')} hint={t('paymentSettings.bankHint')} />
          {methodsError ? (
            <p className="ui-field__error" role="alert">
              {methodsError}
            </p>
          ) : null}
        </section>

        <section className="ui-card" aria-labelledby="payment-amounts">
          <h2 id="payment-amounts">{t('paymentSettings.amounts')}</h2>
          <FormCheckbox control={form.control} name="allow_partial_payments" label={t('paymentSettings.allowPartial')} hint={t('paymentSettings.allowPartialHint')} />
          {partial ? (
            <FormTextInput
              control={form.control}
              name="partial_payment_minimum"
              label={t('paymentSettings.minimum', { currency: minimumCurrency })}
              hint={t('paymentSettings.minimumHint')}
              inputMode="decimal"
            />
          ) : null}
          <FormCheckbox control={form.control} name="allow_money_on_account" label={t('paymentSettings.moneyOnAccount')} hint={t('paymentSettings.moneyOnAccountHint')} />
        </section>

        <div className="admin-sticky-actions">
          {error ? <Notice tone="danger">{error}</Notice> : null}
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('paymentSettings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
