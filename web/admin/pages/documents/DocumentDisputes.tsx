import { useTranslation } from 'react-i18next';
import { api } from '../../lib/client.ts';
import type { Dispute } from '../../lib/billing-types.ts';
import type { Page } from '../../lib/types.ts';
import { useResource } from '../../lib/useResource.ts';
import { DisputeList } from '../disputes/DisputeList.tsx';
import { notifyDisputesChanged } from '../disputes/useOpenDisputeCount.ts';

/** Disputes of one document; shown only when there are any. */
export function DocumentDisputes({ documentId, onResolved }: { documentId: string; onResolved: () => void }) {
  const { t } = useTranslation();
  const disputes = useResource(() => api.get<Page<Dispute>>(`/disputes?document_id=${encodeURIComponent(documentId)}&limit=100`), documentId);
  const list = disputes.data?.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="ui-card" aria-labelledby="disputes-heading">
      <h2 id="disputes-heading">{t('disputes.title')}</h2>
      <DisputeList
        disputes={list}
        caption={t('disputes.title')}
        showDocument={false}
        onResolved={(resolved) => {
          disputes.setData({ data: list.map((d) => (d.id === resolved.id ? resolved : d)), next_cursor: null });
          notifyDisputesChanged();
          onResolved();
        }}
      />
    </section>
  );
}
