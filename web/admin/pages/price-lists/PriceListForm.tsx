import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../ui/api/errors.ts';
import { Button, Notice, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { currencyName } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { customerKeys } from '../customers/queries.ts';
import type { CatalogueItem } from '../documents/queries.ts';
import { priceListCurrencies, priceListFieldName, priceListSchema, priceListValues, type PriceListRequest } from './price-list-form.ts';
import { createPriceList, priceListKeys, updatePriceList, type PriceList } from './queries.ts';
import { RatesEditor } from './RatesEditor.tsx';

interface PriceListFormProps {
  /** The list as the server has it now; undefined for a new one. */
  priceList: PriceList | undefined;
  items: CatalogueItem[];
}

/** Name, currency, rule, validity and rates of a price list; an edit is refused when the list changed since it was loaded. */
export function PriceListForm({ priceList, items }: PriceListFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  // The version the fields were filled from: the edit is decided on it (If-Match).
  const [base, setBase] = useState(priceList);
  const schema = useMemo(() => priceListSchema(locale, t), [locale, t]);
  const form = useZodForm(schema, { defaultValues: priceListValues(base, locale) });
  const currency = form.watch('currency');
  const kind = form.watch('kind');

  const save = useApiMutation({
    mutationFn: (body: PriceListRequest): Promise<PriceList> => (base ? updatePriceList(base.id, base.version, body) : createPriceList(body)),
    // Customers show their list's name.
    invalidates: (saved) => [priceListKeys.lists(), priceListKeys.detail(saved.id), customerKeys.details()],
  });

  const submit = useServerSubmit(
    form,
    async (body) => {
      try {
        const saved = await save.mutateAsync(body);
        toast.show(t('priceLists.saved', { name: saved.name }));
        if (base) {
          setBase(saved);
          form.reset(priceListValues(saved, locale));
        } else {
          void navigate(`/price-lists/${saved.id}`);
        }
      } catch (error) {
        if (!base || !isApiError(error, 'STALE_VERSION')) throw error;
        // Fetch the list as it is now; the fields keep what was typed until the person loads it.
        await queryClient.invalidateQueries({ queryKey: priceListKeys.detail(base.id) });
        throw new FormMessageError(t('priceLists.changedMeanwhile'));
      }
    },
    { fieldName: priceListFieldName },
  );

  const loadLatest = () => {
    if (!priceList) return;
    setBase(priceList);
    form.reset(priceListValues(priceList, locale));
  };
  const error = formErrorMessage(form);
  const newer = priceList && base && priceList.version !== base.version;
  const ratesError = useFieldErrorText(form.formState.errors.rates?.root ?? (form.formState.errors.rates as FieldError | undefined));

  return (
    <form className="admin-form admin-price-list-form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? (
        <Notice tone="danger">
          {error}
          {newer ? (
            <>
              {' '}
              <Button size="small" onClick={loadLatest}>
                {t('priceLists.loadLatest')}
              </Button>
            </>
          ) : null}
        </Notice>
      ) : null}
      <fieldset className="ui-fieldset">
        <legend>{t('priceLists.details')}</legend>
        <div className="ui-grid-2">
          <FormTextInput control={form.control} name="name" label={t('priceLists.name')} required autoComplete="off" maxLength={200} />
          <FormSelect
            control={form.control}
            name="currency"
            label={t('priceLists.currency')}
            hint={t('priceLists.currencyHint')}
            options={priceListCurrencies(currency).map((c) => ({ value: c, label: `${c} · ${currencyName(c, locale)}` }))}
          />
          <FormSelect
            control={form.control}
            name="kind"
            label={t('priceLists.kind')}
            options={[
              { value: 'per_item', label: t('priceLists.kinds.per_item') },
              { value: 'markup', label: t('priceLists.kinds.markup') },
              { value: 'markdown', label: t('priceLists.kinds.markdown') },
            ]}
          />
          {kind === 'per_item' ? null : <FormTextInput control={form.control} name="percent" label={t('priceLists.percent')} required inputMode="decimal" autoComplete="off" hint={t(`priceLists.percentHint.${kind}`)} />}
          <FormTextInput control={form.control} name="valid_from" type="date" label={t('priceLists.validFrom')} hint={t('priceLists.validFromHint')} />
          <FormTextInput control={form.control} name="valid_to" type="date" label={t('priceLists.validTo')} hint={t('priceLists.validToHint')} />
        </div>
        <FormTextArea control={form.control} name="description" label={t('priceLists.description')} rows={2} />
      </fieldset>
      <RatesEditor control={form.control} items={items} currency={currency} error={form.formState.isSubmitted ? ratesError : undefined} />
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {base ? t('priceLists.saveChanges') : t('priceLists.create')}
        </Button>
        <Link to="/price-lists" className="ui-button ui-button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
