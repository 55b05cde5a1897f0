import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Select } from '../../../ui/components/index.ts';
import { PagedListView } from '../../app/PagedListView.tsx';
import type { Dispute } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import type { Page } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { notifyDisputesChanged } from './useOpenDisputeCount.ts';
import { DisputeList } from './DisputeList.tsx';

const fetchDisputes = (query: string) => api.get<Page<Dispute>>(`/disputes?${query}`);

/** Invoices customers disputed in the portal: open first by default, resolve with a resolution. */
export function DisputesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('disputes.title'));
  const [status, setStatus] = useState('open');
  const list = usePagedList(fetchDisputes, status ? `status=${status}` : '', 25);
  return (
    <>
      <h1>{t('disputes.title')}</h1>
      <p className="ui-muted">{t('disputes.intro')}</p>
      <div className="admin-toolbar">
        <Select
          label={t('documents.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[
            { value: 'open', label: t('disputes.open') },
            { value: 'resolved', label: t('disputes.resolvedStatus') },
            { value: '', label: t('documents.allStatuses') },
          ]}
        />
      </div>
      <PagedListView list={list} loadingLabel={t('common.loading')} errorTitle={t('disputes.loadFailed')} empty={<EmptyState title={status === 'open' ? t('disputes.emptyOpen') : t('disputes.empty')} />}>
        {(disputes) => (
          <DisputeList
            disputes={disputes}
            caption={t('disputes.title')}
            onResolved={(resolved) => {
              list.setItems((items) => (status === 'open' ? items.filter((d) => d.id !== resolved.id) : items.map((d) => (d.id === resolved.id ? resolved : d))));
              notifyDisputesChanged();
            }}
          />
        )}
      </PagedListView>
    </>
  );
}
