import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import type { Tax } from '../billing-settings/queries.ts';
import { PlanChoices } from './PlanChoices.tsx';
import { catalogueCurrencies, catalogueFieldName, planChanges, planIntervals, planSchema, planValues } from './plan-form.ts';
import { createPlan, planKeys, updatePlan, type Plan, type PlanBody, type Product } from './queries.ts';

export type PlanTarget = { plan: Plan } | { productId: string };

/** Add a plan to a product or edit one (at the version it opened: a later change elsewhere answers 409). */
export function PlanDialog({ target, products, plans, taxes, onClose }: { target: PlanTarget | undefined; products: Product[]; plans: Plan[]; taxes: Tax[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const existing = target && 'plan' in target ? target.plan : undefined;
  const schema = useMemo(() => planSchema(locale, t), [locale, t]);
  const form = useZodForm(schema, { values: planValues(existing, locale, target && 'productId' in target ? target.productId : ''), mode: 'onTouched' });
  const save = useApiMutation({
    mutationFn: (body: PlanBody) => (existing ? updatePlan(existing.id, planChanges(body, existing.version)) : createPlan(body)),
    invalidates: [planKeys.all],
  });
  const currency = form.watch('currency');
  const targets = plans.filter((plan) => plan.currency === currency && plan.id !== existing?.id && !plan.archived);
  return (
    <FormDialog
      open={target !== undefined}
      title={existing ? t('plans.plan.editTitle') : t('plans.plan.addTitle')}
      form={form}
      size="wide"
      submitLabel={t('common.save')}
      fieldName={catalogueFieldName}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('plans.saved', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('plans.fields.name')} required autoComplete="off" maxLength={200} />
      <FormTextInput control={form.control} name="code" label={t('plans.fields.code')} required autoComplete="off" hint={t('plans.plan.codeHint')} />
      <FormSelect control={form.control} name="product_id" label={t('plans.fields.product')} required options={products.filter((product) => !product.archived || product.id === existing?.product_id).map((product) => ({ value: product.id, label: product.name }))} />
      <FormTextArea control={form.control} name="description" label={t('plans.fields.description')} rows={2} />
      <FormSelect control={form.control} name="currency" label={t('plans.fields.currency')} required disabled={existing !== undefined} options={catalogueCurrencies(currency).map((code) => ({ value: code, label: code }))} />
      <FormTextInput control={form.control} name="price" label={t('plans.fields.price')} required inputMode="decimal" autoComplete="off" />
      <FormSelect control={form.control} name="interval" label={t('plans.fields.interval')} options={planIntervals.map((interval) => ({ value: interval, label: t(`plans.intervals.${interval}`) }))} />
      <FormTextInput control={form.control} name="interval_count" label={t('plans.fields.intervalCount')} inputMode="numeric" autoComplete="off" />
      <FormTextInput control={form.control} name="trial_days" label={t('plans.fields.trialDays')} inputMode="numeric" autoComplete="off" />
      <FormTextInput control={form.control} name="setup_fee" label={t('plans.fields.setupFee')} inputMode="decimal" autoComplete="off" />
      <FormTextInput control={form.control} name="billing_cycles" label={t('plans.fields.billingCycles')} hint={t('plans.plan.billingCyclesHint')} inputMode="numeric" autoComplete="off" />
      <FormSelect control={form.control} name="tax_id" label={t('plans.fields.tax')} options={[{ value: '', label: t('plans.noTax') }, ...taxes.filter((tax) => !tax.archived || tax.id === existing?.tax_id).map((tax) => ({ value: tax.id, label: tax.name }))]} />
      <FormCheckbox control={form.control} name="hosted_page_enabled" label={t('plans.fields.hostedPage')} hint={t('plans.plan.hostedPageHint')} />
      <PlanChoices control={form.control} name="portal_change_to" legend={t('plans.fields.portalChangeTo')} plans={targets} empty={t('plans.plan.noTargets')} />
    </FormDialog>
  );
}
