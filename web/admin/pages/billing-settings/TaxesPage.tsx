import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../ui/billing-format.ts';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { archiveTax, fetchTaxes, taxKeys, type Tax } from './queries.ts';
import { TaxDialog } from './TaxDialog.tsx';

/** Settings → Taxes: the rates lines can carry; archiving keeps old documents as they were. */
export function TaxesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('taxes.title'));
  const toast = useToast();
  const taxes = useQuery({ queryKey: taxKeys.list({}), queryFn: ({ signal }) => fetchTaxes(signal) });
  const [editing, setEditing] = useState<Tax | 'new'>();
  const [archiving, setArchiving] = useState<Tax>();
  const archive = useApiMutation({ mutationFn: archiveTax, invalidates: [taxKeys.all] });

  const columns: Column<Tax>[] = [
    { id: 'name', header: t('taxes.name'), rowHeader: true, className: 'admin-row-head', cell: (tax) => tax.name },
    { id: 'rate', header: t('taxes.rate'), className: 'admin-num', cell: (tax) => formatPercent(tax.rate_percent, i18n.language) },
    {
      id: 'status',
      header: t('taxes.status'),
      cell: (tax) => (tax.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : <StatusBadge tone="success">{t('taxes.active')}</StatusBadge>),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (tax) => (
        <div className="admin-row-actions">
          <Button size="small" onClick={() => setEditing(tax)} aria-label={t('taxes.editNamed', { name: tax.name })}>
            {t('common.edit')}
          </Button>
          {tax.archived ? null : (
            <Button size="small" variant="ghost" onClick={() => setArchiving(tax)} aria-label={t('taxes.archiveNamed', { name: tax.name })}>
              {t('taxes.archive')}
            </Button>
          )}
        </div>
      ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <div>
          <h1>{t('taxes.title')}</h1>
          <p className="ui-muted">{t('taxes.intro')}</p>
        </div>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('taxes.add')}
        </Button>
      </div>
      <DataTable
        caption={t('taxes.title')}
        columns={columns}
        rows={taxes.data?.data}
        status={taxes.status}
        error={taxes.error}
        onRetry={() => void taxes.refetch()}
        loadingLabel={t('taxes.loading')}
        errorTitle={t('taxes.loadFailed')}
        empty={<EmptyState title={t('taxes.empty')} description={t('taxes.emptyHint')} />}
      />
      <TaxDialog tax={editing} onClose={() => setEditing(undefined)} />
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('taxes.archiveTitle', { name: archiving.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await archive.mutateAsync(archiving.id);
            toast.show(t('taxes.archivedToast', { name: archiving.name }));
          }}
        >
          <p>{t('taxes.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
