import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, ErrorState, Notice, Spinner, useToast } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { FormCheckbox, FormSelect, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { todayLocal } from '../../lib/document-kinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CustomerPicker } from '../documents/CustomerPicker.tsx';
import { addonKeys, createSubscription, fetchAddons, fetchPlans, planKeys, subscriptionKeys, type Addon, type Plan } from './queries.ts';
import { addonsFor, newSubscriptionValues, plansFor, subscriptionFieldName, subscriptionFormSchema } from './subscription-form.ts';

/** A new subscription: customer, plan, quantity, add-ons, coupon, start date, trial, automatic charging. */
export function SubscriptionFormPage() {
  const { t } = useTranslation();
  const title = t('subscriptions.new');
  useDocumentTitle(title);
  const plans = useQuery({ queryKey: planKeys.lists(), queryFn: ({ signal }) => fetchPlans(signal) });
  const addons = useQuery({ queryKey: addonKeys.lists(), queryFn: ({ signal }) => fetchAddons(signal) });
  const failed = [plans, addons].find((query) => query.isError && !query.data);
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/subscriptions">{t('subscriptions.title')}</Link>
      </nav>
      <h1>{title}</h1>
      {failed ? (
        <ErrorState title={t('subscriptions.loadFailed')} message={errorMessage(t, failed.error)} retryLabel={t('common.retry')} onRetry={() => [plans, addons].forEach((query) => void query.refetch())} />
      ) : !plans.data || !addons.data ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <SubscriptionForm plans={plans.data} addons={addons.data} />
      )}
    </>
  );
}

function SubscriptionForm({ plans, addons }: { plans: Plan[]; addons: Addon[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [defaults] = useState(() => newSubscriptionValues(undefined, todayLocal()));
  const form = useZodForm(subscriptionFormSchema, { defaultValues: defaults });
  const customer = useWatch({ control: form.control, name: 'customer' });
  const planId = useWatch({ control: form.control, name: 'plan_id' });
  const offered = plansFor(plans, customer?.currency);
  const plan = offered.find((candidate) => candidate.id === planId);
  const planAddons = addonsFor(addons, plan);
  // A plan with trial days starts with its trial unless staff say otherwise.
  useEffect(() => {
    form.setValue('trial', (plan?.trial_days ?? 0) > 0);
    form.setValue('addons', Object.fromEntries(addonsFor(addons, plan).map((addon) => [addon.id, '0'])));
  }, [plan?.id]);
  const submit = useServerSubmit(
    form,
    async (body) => {
      const created = await createSubscription(body);
      queryClient.setQueryData(subscriptionKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: subscriptionKeys.lists() });
      toast.show(t('subscriptions.created', { number: created.number }));
      void navigate(`/subscriptions/${created.id}`);
    },
    { fieldName: subscriptionFieldName },
  );
  const customerError = useFieldErrorText(form.formState.errors.customer as FieldError | undefined);
  const error = formErrorMessage(form);
  const planLabel = (candidate: Plan) => `${candidate.name} · ${t(`subscriptions.every.${candidate.interval}`, { count: candidate.interval_count, amount: formatMoney(candidate.price_minor, candidate.currency, locale) })}`;
  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <fieldset className="ui-fieldset">
        <legend>{t('subscriptions.customerAndPlan')}</legend>
        <CustomerPicker
          value={customer ?? undefined}
          onChange={(next) => {
            form.setValue('customer', next ?? null, { shouldValidate: form.formState.isSubmitted });
            if (next && plan && plan.currency !== next.currency) form.setValue('plan_id', '');
          }}
          required
          error={customerError}
        />
        <FormSelect
          control={form.control}
          name="plan_id"
          label={t('subscriptions.plan')}
          required
          hint={customer && offered.length === 0 ? t('subscriptions.noPlansInCurrency', { currency: customer.currency }) : undefined}
          options={[{ value: '', label: t('subscriptions.choosePlan') }, ...offered.map((candidate) => ({ value: candidate.id, label: planLabel(candidate) }))]}
        />
        <div className="ui-grid-3">
          <FormTextInput control={form.control} name="quantity" label={t('subscriptions.quantity')} inputMode="numeric" required />
          <FormTextInput control={form.control} name="start_date" type="date" label={t('subscriptions.startDate')} />
          <FormTextInput control={form.control} name="coupon_code" label={t('subscriptions.couponCode')} autoComplete="off" />
        </div>
      </fieldset>
      {planAddons.length > 0 ? (
        <fieldset className="ui-fieldset">
          <legend>{t('subscriptions.addons')}</legend>
          <div className="ui-grid-2">
            {planAddons.map((addon) => (
              <FormTextInput
                key={addon.id}
                control={form.control}
                name={`addons.${addon.id}`}
                label={t('subscriptions.addonQuantity', { name: addon.name, price: formatMoney(addon.price_minor, addon.currency, locale) })}
                hint={addon.kind === 'one_off' ? t('subscriptions.oneOff') : undefined}
                inputMode="numeric"
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset className="ui-fieldset">
        <legend>{t('subscriptions.billing')}</legend>
        <FormCheckbox control={form.control} name="trial" label={t('subscriptions.startWithTrial')} hint={plan ? t('subscriptions.trialDays', { count: plan.trial_days }) : undefined} disabled={!plan || plan.trial_days === 0} />
        <FormCheckbox control={form.control} name="auto_collect" label={t('subscriptions.autoCollectLabel')} hint={t('subscriptions.autoCollectHint')} />
      </fieldset>
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('subscriptions.create')}
        </Button>
        <Link to="/subscriptions" className="ui-button ui-button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
