import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Select } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { DisputeList } from './DisputeList.tsx';
import { disputeKeys, type DisputeQuery } from './queries.ts';

type StatusFilter = NonNullable<DisputeQuery['status']> | '';

/** Invoices customers disputed in the portal: open first by default, resolve with a resolution. */
export function DisputesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('disputes.title'));
  const [status, setStatus] = useState<StatusFilter>('open');
  // Resolving invalidates every dispute list: with "open" the resolved one leaves the list.
  const list = useCursorList({
    queryKey: disputeKeys.list({ status, limit: 25 }),
    fetchPage: ({ cursor, signal }) => adminClient.get('/disputes', { params: { query: { status: status || undefined, limit: 25, cursor } }, signal }),
  });
  return (
    <>
      <h1>{t('disputes.title')}</h1>
      <p className="ui-muted">{t('disputes.intro')}</p>
      <div className="admin-toolbar">
        <Select
          label={t('documents.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
          fieldClassName="admin-toolbar__filter"
          options={[
            { value: 'open', label: t('disputes.open') },
            { value: 'resolved', label: t('disputes.resolvedStatus') },
            { value: '', label: t('documents.allStatuses') },
          ]}
        />
      </div>
      <DisputeList list={list} caption={t('disputes.title')} errorTitle={t('disputes.loadFailed')} empty={<EmptyState title={status === 'open' ? t('disputes.emptyOpen') : t('disputes.empty')} />} />
    </>
  );
}
