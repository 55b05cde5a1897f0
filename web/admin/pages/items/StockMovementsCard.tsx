import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../ui/billing-format.ts';
import { DataTable, DateText, EmptyState, type Column } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { fetchMovementsPage, itemMovementsKey, type StockMovement } from './queries.ts';

/** Every change of the item's stock, newest first: receipts, adjustments with their reason, shipments. */
export function StockMovementsCard({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation();
  const list = useCursorList({ queryKey: itemMovementsKey(itemId), fetchPage: ({ cursor, signal }) => fetchMovementsPage(itemId, cursor, signal) });
  const signed = (value: number) => (value > 0 ? `+${formatQuantity(value, i18n.language)}` : formatQuantity(value, i18n.language));
  const columns: Column<StockMovement>[] = [
    { id: 'date', header: t('stock.when'), rowHeader: true, className: 'admin-row-head', cell: (movement) => <DateText value={movement.created_at} kind="datetime" /> },
    { id: 'kind', header: t('stock.kind'), cell: (movement) => t(`stock.kinds.${movement.kind}`) },
    { id: 'warehouse', header: t('stock.warehouse'), className: 'admin-hide-narrow', cell: (movement) => movement.warehouse_name },
    { id: 'change', header: t('stock.change'), className: 'admin-num', cell: (movement) => signed(movement.quantity) },
    { id: 'reason', header: t('stock.reason'), cell: (movement) => movement.reason ?? (movement.kind === 'shipment' ? t('stock.shippedToCustomer') : '—') },
  ];
  return (
    <section className="ui-card" aria-labelledby="item-movements-heading">
      <h2 id="item-movements-heading">{t('stock.movements')}</h2>
      <DataTable
        caption={t('stock.movements')}
        columns={columns}
        list={list}
        errorTitle={t('stock.movementsLoadFailed')}
        empty={<EmptyState title={t('stock.noMovements')} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
        stacked
      />
    </section>
  );
}
