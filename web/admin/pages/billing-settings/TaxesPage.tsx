import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { formatPercent } from '../../../ui/billing-format.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import type { Tax } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { TaxDialog } from './TaxDialog.tsx';

/** Settings → Taxes: the rates lines can carry; archiving keeps old documents as they were. */
export function TaxesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('taxes.title'));
  const toast = useToast();
  const taxes = useResource(() => api.get<{ data: Tax[] }>('/taxes'), 'taxes');
  const [editing, setEditing] = useState<Tax | 'new'>();
  const [archiving, setArchiving] = useState<Tax>();

  const list = taxes.data?.data ?? [];
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
      {taxes.loading && !taxes.data ? <Spinner label={t('taxes.loading')} /> : null}
      {!taxes.loading && !taxes.data ? <ErrorState title={t('taxes.loadFailed')} message={errorMessage(t, taxes.error)} retryLabel={t('common.retry')} onRetry={taxes.reload} /> : null}
      {taxes.data && list.length === 0 ? <EmptyState title={t('taxes.empty')} description={t('taxes.emptyHint')} /> : null}
      {list.length > 0 ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('taxes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('taxes.name')}</th>
                <th scope="col" className="admin-num">{t('taxes.rate')}</th>
                <th scope="col">{t('taxes.status')}</th>
                <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((tax) => (
                <tr key={tax.id}>
                  <th scope="row" className="admin-row-head">{tax.name}</th>
                  <td className="admin-num">{formatPercent(tax.rate_percent, i18n.language)}</td>
                  <td>{tax.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : <StatusBadge tone="success">{t('taxes.active')}</StatusBadge>}</td>
                  <td className="ui-col-actions">
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <TaxDialog tax={editing} onClose={() => setEditing(undefined)} onSaved={taxes.reload} />
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('taxes.archiveTitle', { name: archiving.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await api.delete(`/taxes/${archiving.id}`);
            taxes.reload();
            toast.show(t('taxes.archivedToast', { name: archiving.name }));
          }}
        >
          <p>{t('taxes.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
