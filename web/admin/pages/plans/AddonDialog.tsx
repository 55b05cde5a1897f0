import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import type { Tax } from '../billing-settings/queries.ts';
import { PlanChoices } from './PlanChoices.tsx';
import { addonChanges, addonKinds, addonSchema, addonValues, catalogueCurrencies, catalogueFieldName } from './plan-form.ts';
import { addonKeys, createAddon, updateAddon, type Addon, type AddonBody, type Plan } from './queries.ts';

/** Add (addon = 'new') or edit an add-on; its plans are chosen among those of its currency. */
export function AddonDialog({ addon, plans, taxes, onClose }: { addon: Addon | 'new' | undefined; plans: Plan[]; taxes: Tax[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const existing = addon === 'new' ? undefined : addon;
  const schema = useMemo(() => addonSchema(locale, t), [locale, t]);
  const form = useZodForm(schema, { values: addonValues(existing, locale), mode: 'onTouched' });
  const save = useApiMutation({ mutationFn: (body: AddonBody) => (existing ? updateAddon(existing.id, addonChanges(body)) : createAddon(body)), invalidates: [addonKeys.all] });
  const currency = form.watch('currency');
  return (
    <FormDialog
      open={addon !== undefined}
      title={existing ? t('plans.addon.editTitle') : t('plans.addon.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      fieldName={catalogueFieldName}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('plans.saved', { name: body.name }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('plans.fields.name')} required autoComplete="off" maxLength={200} />
      <FormTextInput control={form.control} name="code" label={t('plans.fields.code')} required autoComplete="off" hint={t('plans.addon.codeHint')} />
      <FormTextArea control={form.control} name="description" label={t('plans.fields.description')} rows={2} />
      <FormSelect control={form.control} name="kind" label={t('plans.fields.kind')} options={addonKinds.map((kind) => ({ value: kind, label: t(`plans.kinds.${kind}`) }))} />
      <FormSelect control={form.control} name="currency" label={t('plans.fields.currency')} required disabled={existing !== undefined} options={catalogueCurrencies(currency).map((code) => ({ value: code, label: code }))} />
      <FormTextInput control={form.control} name="price" label={t('plans.fields.unitPrice')} required inputMode="decimal" autoComplete="off" />
      <FormSelect control={form.control} name="tax_id" label={t('plans.fields.tax')} options={[{ value: '', label: t('plans.noTax') }, ...taxes.filter((tax) => !tax.archived || tax.id === existing?.tax_id).map((tax) => ({ value: tax.id, label: tax.name }))]} />
      <PlanChoices control={form.control} name="plan_ids" legend={t('plans.fields.addonPlans')} plans={plans.filter((plan) => plan.currency === currency && !plan.archived)} empty={t('plans.addon.allPlans')} />
    </FormDialog>
  );
}
