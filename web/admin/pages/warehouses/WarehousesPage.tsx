import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { itemKeys } from '../items/queries.ts';
import { archiveWarehouse, fetchWarehouses, makeDefaultWarehouse, warehouseKeys, type Warehouse } from './queries.ts';
import { WarehouseDialog } from './WarehouseDialog.tsx';

/** Settings → Warehouses: where stock is kept; the default one takes receipts and portal orders. */
export function WarehousesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('warehouses.title'));
  const toast = useToast();
  const warehouses = useQuery({ queryKey: warehouseKeys.list({}), queryFn: ({ signal }) => fetchWarehouses(signal) });
  const [editing, setEditing] = useState<Warehouse | 'new'>();
  const [archiving, setArchiving] = useState<Warehouse>();
  const changes = [warehouseKeys.all, itemKeys.details()];
  const makeDefault = useApiMutation({
    mutationFn: (warehouse: Warehouse) => makeDefaultWarehouse(warehouse.id),
    invalidates: changes,
    onSuccess: (_, warehouse) => toast.show(t('warehouses.defaultSet', { name: warehouse.name })),
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  const archive = useApiMutation({ mutationFn: (warehouse: Warehouse) => archiveWarehouse(warehouse.id), invalidates: changes });
  const settingDefault = makeDefault.isPending ? makeDefault.variables?.id : undefined;
  const rows = [...(warehouses.data ?? [])].sort((a, b) => Number(a.archived) - Number(b.archived) || Number(b.is_default) - Number(a.is_default) || a.name.localeCompare(b.name));

  const columns: Column<Warehouse>[] = [
    {
      id: 'name',
      header: t('warehouses.name'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (warehouse) => (
        <>
          {warehouse.name}{' '}
          {warehouse.is_default ? <StatusBadge tone="info">{t('warehouses.default')}</StatusBadge> : null}
          {warehouse.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : null}
        </>
      ),
    },
    { id: 'address', header: t('warehouses.address'), className: 'admin-hide-narrow', cell: (warehouse) => <span className="admin-pre-line">{warehouse.address ?? '—'}</span> },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (warehouse) =>
        warehouse.archived ? null : (
          <div className="admin-row-actions">
            <Button size="small" onClick={() => setEditing(warehouse)} aria-label={t('warehouses.renameNamed', { name: warehouse.name })}>
              {t('warehouses.rename')}
            </Button>
            {warehouse.is_default ? null : (
              <>
                <Button size="small" busy={settingDefault === warehouse.id} onClick={() => makeDefault.mutate(warehouse)} aria-label={t('warehouses.makeDefaultNamed', { name: warehouse.name })}>
                  {t('warehouses.makeDefault')}
                </Button>
                <Button size="small" variant="ghost" onClick={() => setArchiving(warehouse)} aria-label={t('warehouses.archiveNamed', { name: warehouse.name })}>
                  {t('taxes.archive')}
                </Button>
              </>
            )}
          </div>
        ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <div>
          <h1>{t('warehouses.title')}</h1>
          <p className="ui-muted">{t('warehouses.intro')}</p>
        </div>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('warehouses.add')}
        </Button>
      </div>
      <DataTable
        caption={t('warehouses.title')}
        columns={columns}
        rows={rows}
        status={warehouses.status}
        error={warehouses.error}
        onRetry={() => void warehouses.refetch()}
        loadingLabel={t('warehouses.loading')}
        errorTitle={t('warehouses.loadFailed')}
        empty={<EmptyState title={t('warehouses.empty')} description={t('warehouses.emptyHint')} />}
        stacked
      />
      <WarehouseDialog warehouse={editing} onClose={() => setEditing(undefined)} />
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('warehouses.archiveTitle', { name: archiving.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await archive.mutateAsync(archiving);
            toast.show(t('warehouses.archived', { name: archiving.name }));
          }}
        >
          <p>{t('warehouses.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
