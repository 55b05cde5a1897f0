import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../ui/billing-format.ts';
import { ErrorState, Select, Spinner, TextInput } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import type { CatalogueItem } from '../documents/queries.ts';
import { previewQuery } from './price-preview.ts';
import { fetchPricePreview, pricePreviewKey, type PriceList } from './queries.ts';

/** What a customer would pay for an item at a quantity, and whether this list (and which break) decided it. */
export function PricePreviewCard({ priceList, items }: { priceList: PriceList; items: CatalogueItem[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [customer, setCustomer] = useState<PickedCustomer>();
  const [itemId, setItemId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const query = previewQuery({ customerId: customer?.id, itemId, quantity: useDebounced(quantity, 300) }, locale);
  const preview = useQuery({
    queryKey: pricePreviewKey(priceList.id, query ?? { customer_id: '', item_id: '', quantity: 0 }),
    queryFn: ({ signal }) => fetchPricePreview(priceList.id, query!, signal),
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
  });
  const answer = preview.data;
  const quantityText = (value: number) => formatQuantity(value, locale);

  return (
    <section className="ui-card" aria-labelledby="price-preview-heading">
      <h2 id="price-preview-heading">{t('pricePreview.title')}</h2>
      <p className="ui-muted">{t('pricePreview.intro')}</p>
      <div className="admin-toolbar">
        <CustomerPicker value={customer} onChange={setCustomer} />
        <Select
          label={t('priceLists.item')}
          value={itemId}
          onChange={(event) => setItemId(event.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('priceLists.chooseItem') }, ...items.filter((item) => !item.archived).map((item) => ({ value: item.id, label: item.name }))]}
        />
        <TextInput label={t('pricePreview.quantity')} value={quantity} onChange={(event) => setQuantity(event.target.value)} inputMode="decimal" autoComplete="off" fieldClassName="admin-catalog-quantity" />
      </div>
      <div aria-live="polite" className="admin-price-preview">
        {!query ? (
          <p className="ui-muted">{t('pricePreview.ask')}</p>
        ) : preview.isPending ? (
          <Spinner label={t('common.loading')} />
        ) : preview.isError ? (
          <ErrorState title={t('pricePreview.failed')} message={errorMessage(t, preview.error)} />
        ) : !answer?.price ? (
          <p>{t('pricePreview.notSold')}</p>
        ) : (
          <dl className="ui-dl">
            <dt>{t('pricePreview.unitPrice')}</dt>
            <dd>
              <strong>{formatMoney(answer.price.rate_minor, answer.price.currency, locale)}</strong>
            </dd>
            <dt>{t('pricePreview.decidedBy')}</dt>
            <dd>{answer.price.source === 'price_list' ? t('pricePreview.fromList', { name: answer.price.price_list_name }) : t('pricePreview.fromBase')}</dd>
            {answer.price.source === 'price_list' ? (
              <>
                <dt>{t('pricePreview.break')}</dt>
                <dd>{answer.price.break_min_quantity === null ? t('pricePreview.noBreak') : t('pricePreview.breakFrom', { quantity: quantityText(answer.price.break_min_quantity) })}</dd>
              </>
            ) : null}
            {answer.price.price_list_id !== priceList.id ? (
              <>
                <dt>{t('pricePreview.why')}</dt>
                <dd>{t('pricePreview.listNotApplied', { name: priceList.name })}</dd>
              </>
            ) : null}
          </dl>
        )}
      </div>
    </section>
  );
}
