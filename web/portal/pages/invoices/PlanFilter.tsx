import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/components/Field.tsx';
import { fetchInvoicePlans, invoicePlanKeys } from './queries.ts';

/**
 * The invoices list's plan filter: the plans the customer has subscriptions on, and "All plans" (no
 * plan). Nothing is shown until they are known, nor for a customer without subscriptions.
 */
export function PlanFilter({ value, onPlan }: { value: string; onPlan: (planId: string) => void }) {
  const { t } = useTranslation();
  const plans = useQuery({ queryKey: invoicePlanKeys.all, queryFn: ({ signal }) => fetchInvoicePlans(signal), staleTime: 60_000 });
  if (!plans.data || plans.data.length === 0) return null;
  const options = [{ value: '', label: t('docs.plan.all') }, ...plans.data.map((plan) => ({ value: plan.id, label: plan.name }))];
  // A plan the customer has no subscription on (an old link): named as such, not shown as "All plans".
  if (value && !plans.data.some((plan) => plan.id === value)) options.push({ value, label: t('docs.plan.unknown') });
  return <Select label={t('docs.plan.label')} fieldClassName="p-list-controls__plan" value={value} onChange={(event) => onPlan(event.target.value)} options={options} />;
}
