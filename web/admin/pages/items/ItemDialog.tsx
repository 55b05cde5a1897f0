import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormCheckbox, FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { currencyName } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import type { Tax } from '../billing-settings/queries.ts';
import { currencyChoices, itemFieldName, itemSchema, itemValues } from './item-form.ts';
import { fetchItemCategories, itemCategoriesKey, itemKeys, saveItem, type Item, type ItemBody } from './queries.ts';

/**
 * Add (item = 'new') or edit an item: name, SKU, unit, description, rate in a currency, default tax, its
 * category (the existing ones offered as the person types) and how the portal and the stock treat it.
 */
export function ItemDialog({ item, taxes, onClose }: { item: Item | 'new'; taxes: Tax[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const existing = item === 'new' ? undefined : item;
  const schema = useMemo(() => itemSchema(locale, t), [locale, t]);
  const form = useZodForm(schema, { defaultValues: itemValues(existing, locale), mode: 'onTouched' });
  const save = useApiMutation({ mutationFn: (body: ItemBody) => saveItem(existing?.id, body), invalidates: [itemKeys.all] });
  const currency = form.watch('currency');
  const taxId = form.watch('tax_id');
  const tracked = form.watch('track_stock');
  const categoriesId = useId();
  const categories = useQuery({ queryKey: itemCategoriesKey, queryFn: ({ signal }) => fetchItemCategories(signal) });

  return (
    <FormDialog
      open
      size="wide"
      title={existing ? t('items.editTitle') : t('items.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      fieldName={itemFieldName}
      onClose={onClose}
      onSubmit={async (body) => {
        await save.mutateAsync(body);
        toast.show(t('items.saved', { name: body.name }));
      }}
    >
      <div className="ui-grid-2">
        <FormTextInput control={form.control} name="name" label={t('items.name')} required autoComplete="off" />
        <FormTextInput control={form.control} name="sku" label={t('items.sku')} autoComplete="off" />
        <FormSelect control={form.control} name="currency" label={t('items.currency')} options={currencyChoices(currency).map((c) => ({ value: c, label: `${c} · ${currencyName(c, locale)}` }))} />
        <FormTextInput control={form.control} name="rate" label={t('items.rateIn', { currency })} required inputMode="decimal" />
        <FormTextInput control={form.control} name="unit" label={t('items.unit')} maxLength={20} hint={t('items.unitHint')} />
        <FormSelect
          control={form.control}
          name="tax_id"
          label={t('items.defaultTax')}
          options={[{ value: '', label: t('lines.noTax') }, ...taxes.filter((tax) => !tax.archived || tax.id === taxId).map((tax) => ({ value: tax.id, label: tax.name }))]}
        />
        <FormTextInput control={form.control} name="category" label={t('items.category')} list={categoriesId} autoComplete="off" maxLength={100} hint={t('items.categoryHint')} />
        <datalist id={categoriesId}>
          {(categories.data ?? []).map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
      </div>
      <FormTextArea control={form.control} name="description" label={t('items.description')} rows={3} />
      <fieldset className="ui-fieldset">
        <legend>{t('items.ordering')}</legend>
        <FormCheckbox control={form.control} name="sellable_in_portal" label={t('items.sellable')} hint={t('items.sellableHint')} />
        <FormCheckbox control={form.control} name="track_stock" label={t('items.trackStock')} hint={t('items.trackStockHint')} />
        <FormCheckbox control={form.control} name="allow_backorders" label={t('items.allowBackorders')} hint={tracked ? t('items.allowBackordersHint') : t('items.allowBackordersUntracked')} disabled={!tracked} />
      </fieldset>
    </FormDialog>
  );
}
