import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatQuantity } from '../../../ui/billing-format.ts';
import { Button, DataTable, EmptyState, Notice, StatusBadge, type Column } from '../../../ui/components/index.ts';
import { activeWarehouses, fetchWarehouses, warehouseKeys } from '../warehouses/queries.ts';
import { fetchItemStock, itemStockKey, type ItemDetail, type WarehouseStock } from './queries.ts';
import { StockAdjustDialog } from './StockAdjustDialog.tsx';

/** On hand, committed to orders and available, per warehouse, with the stock adjustment. */
export function ItemStockCard({ item }: { item: ItemDetail }) {
  const { t, i18n } = useTranslation();
  const [adjusting, setAdjusting] = useState(false);
  const stock = useQuery({ queryKey: itemStockKey(item.id), queryFn: ({ signal }) => fetchItemStock(item.id, signal), enabled: item.track_stock });
  const warehouses = useQuery({ queryKey: warehouseKeys.list({}), queryFn: ({ signal }) => fetchWarehouses(signal), enabled: item.track_stock });
  const quantity = (value: number) => formatQuantity(value, i18n.language);
  const columns: Column<WarehouseStock>[] = [
    {
      id: 'warehouse',
      header: t('stock.warehouse'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (row) => (
        <>
          {row.name} {row.is_default ? <StatusBadge tone="info">{t('warehouses.default')}</StatusBadge> : null}
          {row.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : null}
        </>
      ),
    },
    { id: 'on-hand', header: t('stock.onHand'), className: 'admin-num', cell: (row) => quantity(row.on_hand) },
    { id: 'committed', header: t('stock.committed'), className: 'admin-num', cell: (row) => quantity(row.committed) },
    { id: 'available', header: t('stock.available'), className: 'admin-num', cell: (row) => quantity(row.available) },
  ];
  const rows = stock.data?.warehouses ?? [];
  const totals = stock.data?.totals;
  const choices = activeWarehouses(warehouses.data ?? []);

  return (
    <section className="ui-card" aria-labelledby="item-stock-heading">
      <div className="admin-card-header">
        <h2 id="item-stock-heading">{t('stock.title')}</h2>
        {item.track_stock && !item.archived ? (
          <Button size="small" onClick={() => setAdjusting(true)} disabled={choices.length === 0}>
            {t('stock.adjust')}
          </Button>
        ) : null}
      </div>
      {!item.track_stock ? (
        <p className="ui-muted">{t('stock.notTrackedExplain')}</p>
      ) : (
        <>
          {warehouses.isSuccess && choices.length === 0 ? (
            <Notice tone="warning">
              {t('stock.noWarehouse')} <Link to="/settings/warehouses">{t('warehouses.title')}</Link>
            </Notice>
          ) : null}
          <DataTable
            caption={t('stock.title')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.warehouse_id}
            status={stock.status}
            error={stock.error}
            onRetry={() => void stock.refetch()}
            errorTitle={t('stock.loadFailed')}
            empty={<EmptyState title={t('stock.empty')} description={t('stock.emptyHint')} />}
            stacked
          />
          {totals && rows.length > 1 ? (
            <p className="admin-catalog-total">
              {t('stock.totals', { onHand: quantity(totals.on_hand), committed: quantity(totals.committed), available: quantity(totals.available) })}
            </p>
          ) : null}
        </>
      )}
      {adjusting ? <StockAdjustDialog open item={item} warehouses={choices} onClose={() => setAdjusting(false)} /> : null}
    </section>
  );
}
