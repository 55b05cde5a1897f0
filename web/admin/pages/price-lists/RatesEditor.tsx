import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formatMoney } from '../../../ui/format.ts';
import type { CatalogueItem } from '../documents/queries.ts';
import { emptyRate, maxRates, type PriceListValues } from './price-list-form.ts';

interface RatesEditorProps {
  // The form's output type does not matter to the fields.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<PriceListValues, any, any>;
  items: CatalogueItem[];
  currency: string;
  /** The sentence of an error of all rates (a per-item list without any). */
  error?: string;
}

/**
 * Rates per item with quantity breaks: each row is an item, the quantity from which it applies and the
 * rate in the list's currency. Several rows of one item make its breaks ("1: 10.00, 10: 9.00").
 */
export function RatesEditor({ control, items, currency, error }: RatesEditorProps) {
  const { t, i18n } = useTranslation();
  const rates = useFieldArray({ control, name: 'rates' });
  const values = useWatch({ control, name: 'rates' });
  const itemOptions = (selected: string) => [
    { value: '', label: t('priceLists.chooseItem') },
    ...items.filter((item) => !item.archived || item.id === selected).map((item) => ({ value: item.id, label: item.sku ? `${item.name} · ${item.sku}` : item.name })),
  ];
  return (
    <fieldset className="ui-fieldset admin-rates">
      <legend>{t('priceLists.rates')}</legend>
      <p className="ui-field__hint">{t('priceLists.ratesHint')}</p>
      {rates.fields.length === 0 ? <p className="ui-muted">{t('priceLists.noRates')}</p> : null}
      <ol className="admin-rates__list">
        {rates.fields.map((field, index) => {
          const itemId = values[index]?.item_id;
          const item = items.find((candidate) => candidate.id === itemId);
          return (
            <li key={field.id} className="admin-rate">
              <fieldset className="admin-rate__grid">
                <legend className="ui-visually-hidden">{t('priceLists.rateNumber', { number: index + 1 })}</legend>
                <FormSelect control={control} name={`rates.${index}.item_id`} label={t('priceLists.item')} required options={itemOptions(itemId ?? '')} fieldClassName="admin-rate__item" />
                <FormTextInput control={control} name={`rates.${index}.min_quantity`} label={t('priceLists.minQuantity')} required inputMode="decimal" autoComplete="off" />
                <FormTextInput
                  control={control}
                  name={`rates.${index}.rate`}
                  label={t('priceLists.rateIn', { currency })}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  hint={item ? t('priceLists.baseRate', { rate: formatMoney(item.rate_minor, item.currency, i18n.language) }) : undefined}
                />
                <div className="admin-rate__remove">
                  <Button size="small" variant="ghost" onClick={() => rates.remove(index)} aria-label={t('priceLists.removeRate', { number: index + 1 })}>
                    {t('priceLists.remove')}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {error ? (
        <p className="ui-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ui-button-row">
        <Button size="small" onClick={() => rates.append(emptyRate())} disabled={rates.fields.length >= maxRates}>
          {t('priceLists.addRate')}
        </Button>
        {rates.fields.length > 0 ? (
          <Button size="small" variant="ghost" onClick={() => rates.append(emptyRate(values.at(-1)?.item_id))} disabled={rates.fields.length >= maxRates}>
            {t('priceLists.addBreak')}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
