import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button, ErrorState, Spinner, StatusBadge } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchTaxes, taxKeys } from '../billing-settings/queries.ts';
import { ItemDialog } from './ItemDialog.tsx';
import { ItemImagesCard } from './ItemImagesCard.tsx';
import { ItemStockCard } from './ItemStockCard.tsx';
import { fetchItem, itemKeys } from './queries.ts';
import { StockMovementsCard } from './StockMovementsCard.tsx';

/** One item: its details and how it is sold, its pictures, its stock per warehouse and every movement. */
export function ItemDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const item = useQuery({ queryKey: itemKeys.detail(id), queryFn: ({ signal }) => fetchItem(id, signal) });
  const taxes = useQuery({ queryKey: taxKeys.list({}), queryFn: ({ signal }) => fetchTaxes(signal) });
  const [editing, setEditing] = useState(false);
  useDocumentTitle(item.data?.name ?? t('items.title'));

  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/items">{t('items.title')}</Link>
    </nav>
  );
  if (item.isPending) {
    return (
      <>
        {breadcrumb}
        <Spinner label={t('items.loadingOne')} />
      </>
    );
  }
  if (!item.data) {
    return (
      <>
        {breadcrumb}
        <h1>{t('items.detailTitle')}</h1>
        <ErrorState title={t('items.loadOneFailed')} message={errorMessage(t, item.error)} retryLabel={t('common.retry')} onRetry={() => void item.refetch()} />
      </>
    );
  }
  const data = item.data;
  const none = <span className="ui-muted">{t('common.none')}</span>;
  const yesNo = (value: boolean) => (value ? t('items.yes') : t('items.no'));
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>
            {data.name} {data.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : null}
          </h1>
          {data.sku ? <p className="ui-muted">{t('items.skuNamed', { sku: data.sku })}</p> : null}
        </div>
        <Button onClick={() => setEditing(true)} disabled={!taxes.data}>
          {t('common.edit')}
        </Button>
      </div>
      <section className="ui-card" aria-labelledby="item-details-heading">
        <h2 id="item-details-heading">{t('items.details')}</h2>
        <dl className="ui-dl">
          <dt>{t('items.rate')}</dt>
          <dd>
            {formatMoney(data.rate_minor, data.currency, i18n.language)}
            {data.unit ? ` / ${data.unit}` : ''}
          </dd>
          <dt>{t('items.category')}</dt>
          <dd>{data.category ?? none}</dd>
          <dt>{t('items.tax')}</dt>
          <dd>{taxes.data?.data.find((tax) => tax.id === data.tax_id)?.name ?? none}</dd>
          <dt>{t('items.sellable')}</dt>
          <dd>{yesNo(data.sellable_in_portal)}</dd>
          <dt>{t('items.trackStock')}</dt>
          <dd>{yesNo(data.track_stock)}</dd>
          <dt>{t('items.allowBackorders')}</dt>
          <dd>{yesNo(data.allow_backorders)}</dd>
          <dt>{t('items.description')}</dt>
          <dd className="admin-pre-line">{data.description ?? none}</dd>
        </dl>
      </section>
      <ItemStockCard item={data} />
      <ItemImagesCard item={data} />
      {data.track_stock ? <StockMovementsCard itemId={data.id} /> : null}
      {editing && taxes.data ? <ItemDialog item={data} taxes={taxes.data.data} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
