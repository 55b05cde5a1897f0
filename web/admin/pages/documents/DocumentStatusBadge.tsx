import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import type { DocumentStatus, DocumentSummary } from './queries.ts';

const tones: Record<DocumentStatus, Tone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'success',
  declined: 'danger',
  changes_requested: 'warning',
  expired: 'warning',
  invoiced: 'success',
  partially_paid: 'warning',
  paid: 'success',
  overdue: 'danger',
  open: 'info',
  closed: 'neutral',
  void: 'neutral',
};

/** The status, plus "Viewed" while the customer has opened a document that waits on them. */
export function DocumentStatusBadge({ document }: { document: Pick<DocumentSummary, 'status' | 'viewed_at' | 'open_dispute_count'> }) {
  const { t } = useTranslation();
  const waiting = document.status === 'sent' || document.status === 'overdue' || document.status === 'partially_paid';
  return (
    <span className="admin-badges">
      <StatusBadge tone={tones[document.status]}>{t(`docStatus.${document.status}`)}</StatusBadge>
      {document.viewed_at && waiting ? <StatusBadge tone="info">{t('docStatus.viewed')}</StatusBadge> : null}
      {document.open_dispute_count > 0 ? <StatusBadge tone="danger">{t('docStatus.disputed')}</StatusBadge> : null}
    </span>
  );
}
