import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, ErrorState, Notice, Spinner, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormSelect, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm, type ZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchSubscriptionSettings, saveSubscriptionSettings, subscriptionSettingsKeys, type PortalActionName, type SubscriptionSettings, type SubscriptionSettingsUpdate } from './queries.ts';
import { actionOrder, settingsFieldName, settingsFormSchema, settingsFormValues, statusChoices } from './settings-form.ts';

type SettingsForm = ZodForm<typeof settingsFormSchema>;

/** Subscriptions: what contacts may do in the portal and when, the cancellation reasons, dunning. */
export function SubscriptionSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('subscriptionSettings.title'));
  const settings = useQuery({ queryKey: subscriptionSettingsKeys.all, queryFn: ({ signal }) => fetchSubscriptionSettings(signal) });
  if (settings.isPending) return <Spinner label={t('common.loading')} />;
  if (!settings.data) {
    return (
      <>
        <h1>{t('subscriptionSettings.title')}</h1>
        <ErrorState title={t('subscriptionSettings.loadFailed')} message={errorMessage(t, settings.error)} retryLabel={t('common.retry')} onRetry={() => void settings.refetch()} />
      </>
    );
  }
  return <SettingsFormView settings={settings.data} />;
}

function SettingsFormView({ settings }: { settings: SubscriptionSettings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const values = useMemo(() => settingsFormValues(settings), [settings]);
  const form: SettingsForm = useZodForm(settingsFormSchema, { values });
  const save = useApiMutation({
    mutationFn: (body: SubscriptionSettingsUpdate) => saveSubscriptionSettings(body),
    onSuccess: (updated, _body, _result, { client }) => client.setQueryData(subscriptionSettingsKeys.all, updated),
  });
  const submit = useServerSubmit(
    form,
    async (body) => {
      await save.mutateAsync(body);
      toast.show(t('subscriptionSettings.saved'));
    },
    { fieldName: settingsFieldName },
  );
  const error = formErrorMessage(form);
  return (
    <>
      <h1>{t('subscriptionSettings.title')}</h1>
      <p className="ui-muted">{t('subscriptionSettings.intro')}</p>
      <form className="admin-form admin-settings" onSubmit={(event) => void submit(event)} noValidate>
        <section className="ui-card" aria-labelledby="subscription-portal-actions">
          <h2 id="subscription-portal-actions">{t('subscriptionSettings.portalActions')}</h2>
          <p className="ui-muted">{t('subscriptionSettings.portalActionsIntro')}</p>
          {actionOrder.map((name) => (
            <ActionPolicy key={name} form={form} name={name} />
          ))}
        </section>
        <CancelReasons form={form} />
        <section className="ui-card" aria-labelledby="subscription-dunning">
          <h2 id="subscription-dunning">{t('subscriptionSettings.dunning')}</h2>
          <FormTextInput control={form.control} name="retry_days" label={t('subscriptionSettings.retryDays')} hint={t('subscriptionSettings.retryDaysHint')} inputMode="numeric" />
          <FormSelect
            control={form.control}
            name="after_final_failure"
            label={t('subscriptionSettings.afterFinalFailure')}
            options={[
              { value: 'cancel', label: t('subscriptionSettings.finalCancel') },
              { value: 'mark_unpaid', label: t('subscriptionSettings.finalUnpaid') },
            ]}
          />
        </section>
        <section className="ui-card" aria-labelledby="subscription-other">
          <h2 id="subscription-other">{t('subscriptionSettings.other')}</h2>
          <FormCheckbox control={form.control} name="credit_unused_on_cancel" label={t('subscriptionSettings.creditUnused')} hint={t('subscriptionSettings.creditUnusedHint')} />
          <FormCheckbox control={form.control} name="notify_staff_by_email" label={t('subscriptionSettings.notifyStaff')} hint={t('subscriptionSettings.notifyStaffHint')} />
        </section>
        <div className="admin-sticky-actions">
          {error ? <Notice tone="danger">{error}</Notice> : null}
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('subscriptionSettings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** One action: allowed or not, and where it applies, in which statuses, how and how far. */
function ActionPolicy({ form, name }: { form: SettingsForm; name: PortalActionName }) {
  const { t } = useTranslation();
  const allowed = useWatch({ control: form.control, name: `actions.${name}.allowed` });
  const choices = statusChoices[name] ?? [];
  const error = useFieldErrorText(form.formState.errors.actions?.[name]?.allowed);
  const label = t(`subscriptionSettings.actions.${name}`);
  return (
    <fieldset className="ui-fieldset admin-policy" aria-describedby={error ? `policy-${name}-error` : undefined}>
      <legend>{label}</legend>
      <FormCheckbox control={form.control} name={`actions.${name}.allowed`} label={t('subscriptionSettings.allowNamed', { action: label })} />
      {error ? (
        <p id={`policy-${name}-error`} className="ui-field__error" role="alert">
          {error}
        </p>
      ) : null}
      {allowed && choices.length > 1 ? (
        <fieldset className="ui-fieldset">
          <legend className="ui-small">{t('subscriptionSettings.inStatuses')}</legend>
          {choices.map((status) => (
            <FormCheckbox key={status} control={form.control} name={`actions.${name}.statuses.${status}`} label={t(`subscriptionStatus.${status}`)} />
          ))}
        </fieldset>
      ) : null}
      {allowed && name === 'cancel' ? (
        <FormSelect
          control={form.control}
          name="actions.cancel.timing"
          label={t('subscriptionSettings.cancelTiming')}
          options={[
            { value: 'either', label: t('subscriptionSettings.timing.either') },
            { value: 'at_period_end', label: t('subscriptionSettings.timing.at_period_end') },
            { value: 'immediately', label: t('subscriptionSettings.timing.immediately') },
          ]}
        />
      ) : null}
      {allowed && (name === 'extend_trial' || name === 'pause') ? (
        <FormTextInput control={form.control} name={`actions.${name}.max_days`} label={t(`subscriptionSettings.maxDays.${name}`)} inputMode="numeric" required />
      ) : null}
    </fieldset>
  );
}

/** The reasons a contact chooses from when cancelling: a code (kept with the cancellation) and the words shown. */
function CancelReasons({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const reasons = useFieldArray({ control: form.control, name: 'cancel_reasons' });
  return (
    <section className="ui-card" aria-labelledby="subscription-cancel-reasons">
      <h2 id="subscription-cancel-reasons">{t('subscriptionSettings.cancelReasons')}</h2>
      <p className="ui-muted">{t('subscriptionSettings.cancelReasonsIntro')}</p>
      {reasons.fields.length === 0 ? <p className="ui-muted">{t('subscriptionSettings.noReasons')}</p> : null}
      {reasons.fields.map((field, index) => (
        <div key={field.id} className="ui-grid-3" role="group" aria-label={t('subscriptionSettings.reasonNumber', { number: index + 1 })}>
          <FormTextInput control={form.control} name={`cancel_reasons.${index}.code`} label={t('subscriptionSettings.reasonCode')} hint={t('subscriptionSettings.reasonCodeHint')} autoComplete="off" required />
          <FormTextInput control={form.control} name={`cancel_reasons.${index}.label`} label={t('subscriptionSettings.reasonLabel')} required />
          <div>
            <Button variant="ghost" onClick={() => reasons.remove(index)} aria-label={t('subscriptionSettings.removeReason', { number: index + 1 })}>
              {t('subscriptionSettings.remove')}
            </Button>
          </div>
        </div>
      ))}
      <Button onClick={() => reasons.append({ code: '', label: '' })}>{t('subscriptionSettings.addReason')}</Button>
    </section>
  );
}
