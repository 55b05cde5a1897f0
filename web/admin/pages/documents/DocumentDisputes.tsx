import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminClient } from '../../lib/client.ts';
import { DisputeList } from '../disputes/DisputeList.tsx';
import { disputeKeys } from '../disputes/queries.ts';

/** Disputes of one document; shown only when there are any. Resolving one refreshes them (DisputeList). */
export function DocumentDisputes({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const disputes = useQuery({
    queryKey: disputeKeys.list({ document_id: documentId }),
    queryFn: ({ signal }) => adminClient.get('/disputes', { params: { query: { document_id: documentId, limit: 100 } }, signal }),
  });
  const list = disputes.data?.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="ui-card" aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">{t('disputes.title')}</h2>
      <DisputeList disputes={list} caption={t('disputes.title')} showDocument={false} />
    </section>
  );
}
