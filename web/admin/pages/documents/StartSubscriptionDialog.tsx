import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ErrorState, FormDialog, Spinner, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { formatMoney } from '../../../ui/format.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { fetchPlans, planKeys, subscriptionKeys, type Plan } from '../subscriptions/queries.ts';
import { plansFor } from '../subscriptions/subscription-form.ts';
import type { BillingDocument } from './queries.ts';

const startSubscriptionSchema = z.object({
  plan_id: z.string().min(1, 'subscriptions.errors.plan'),
  quantity: z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, 'subscriptions.errors.wholeNumber')
    .refine((value) => Number(value) >= 1, 'subscriptions.errors.atLeastOne'),
});

/**
 * Starts a subscription from an accepted estimate: its customer on a plan in the estimate's currency,
 * then opens the new subscription. An estimate makes one subscription; the server says so (409) when
 * one was made already, and the dialog shows it.
 */
export function StartSubscriptionDialog({ estimate, onClose }: { estimate: BillingDocument; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const plans = useQuery({ queryKey: planKeys.lists(), queryFn: ({ signal }) => fetchPlans(signal) });
  const offered = plansFor(plans.data ?? [], estimate.currency);
  const form = useZodForm(startSubscriptionSchema, { defaultValues: { plan_id: '', quantity: '1' } });
  const planLabel = (plan: Plan) => `${plan.name} · ${t(`subscriptions.every.${plan.interval}`, { count: plan.interval_count, amount: formatMoney(plan.price_minor, plan.currency, locale) })}`;
  return (
    <FormDialog
      open
      title={t('documents.startSubscriptionTitle', { number: estimate.number })}
      form={form}
      resetOnOpen={false}
      submitLabel={t('documents.startSubscription')}
      onClose={onClose}
      onSubmit={async (values) => {
        const created = await adminClient.post('/estimates/{id}/subscription', { params: { path: { id: estimate.id } }, body: { plan_id: values.plan_id, quantity: Number(values.quantity) } });
        queryClient.setQueryData(subscriptionKeys.detail(created.id), created);
        await queryClient.invalidateQueries({ queryKey: subscriptionKeys.lists() });
        toast.show(t('subscriptions.created', { number: created.number }));
        void navigate(`/subscriptions/${created.id}`);
      }}
    >
      <p>{t('documents.startSubscriptionExplain', { currency: estimate.currency })}</p>
      {plans.isPending ? <Spinner label={t('common.loading')} /> : null}
      {plans.isError && !plans.data ? <ErrorState title={t('subscriptions.loadFailed')} message={errorMessage(t, plans.error)} retryLabel={t('common.retry')} onRetry={() => void plans.refetch()} /> : null}
      {plans.data ? (
        <FormSelect
          control={form.control}
          name="plan_id"
          label={t('subscriptions.plan')}
          required
          hint={offered.length === 0 ? t('subscriptions.noPlansInCurrency', { currency: estimate.currency }) : undefined}
          options={[{ value: '', label: t('subscriptions.choosePlan') }, ...offered.map((plan) => ({ value: plan.id, label: planLabel(plan) }))]}
        />
      ) : null}
      <FormTextInput control={form.control} name="quantity" label={t('subscriptions.quantity')} inputMode="numeric" required />
    </FormDialog>
  );
}
