import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, StatusBadge } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { Dispute } from '../../lib/billing-types.ts';
import { documentLink } from '../../lib/document-kinds.ts';
import { ResolveDisputeDialog } from './ResolveDisputeDialog.tsx';

/** Disputes as a table: document, customer, line, reason, status or resolution, and Resolve. */
export function DisputeList({ disputes, caption, onResolved, showDocument = true }: { disputes: Dispute[]; caption: string; onResolved: (dispute: Dispute) => void; showDocument?: boolean }) {
  const { t, i18n } = useTranslation();
  const [resolving, setResolving] = useState<Dispute>();
  return (
    <>
      <div className="ui-table-wrap">
        <table className="ui-table">
          <caption className="ui-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {showDocument ? <th scope="col">{t('disputes.document')}</th> : null}
              {showDocument ? <th scope="col" className="admin-hide-narrow">{t('picker.customer')}</th> : null}
              <th scope="col">{t('disputes.reason')}</th>
              <th scope="col" className="admin-hide-narrow">{t('disputes.raised')}</th>
              <th scope="col">{t('documents.status')}</th>
              <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {disputes.map((dispute) => (
              <tr key={dispute.id}>
                {showDocument ? (
                  <th scope="row" className="admin-row-head">
                    <Link to={documentLink(dispute.document.kind, dispute.document.id)}>{dispute.document.number}</Link>
                  </th>
                ) : null}
                {showDocument ? (
                  <td className="admin-hide-narrow">
                    <Link to={`/customers/${dispute.customer.id}`}>{dispute.customer.display_name}</Link>
                  </td>
                ) : null}
                <td>
                  {dispute.line ? <div className="ui-small ui-muted">{t('disputes.line', { name: dispute.line.name })}</div> : <div className="ui-small ui-muted">{t('disputes.whole')}</div>}
                  <span className="admin-pre">{dispute.reason}</span>
                  {dispute.resolution ? <div className="ui-small admin-pre">{t('disputes.resolutionWas', { resolution: dispute.resolution })}</div> : null}
                </td>
                <td className="admin-hide-narrow">{formatDateTime(dispute.created_at, i18n.language)}</td>
                <td>{dispute.status === 'open' ? <StatusBadge tone="danger">{t('disputes.open')}</StatusBadge> : <StatusBadge tone="success">{t('disputes.resolvedStatus')}</StatusBadge>}</td>
                <td className="ui-col-actions">
                  {dispute.status === 'open' ? (
                    <Button size="small" onClick={() => setResolving(dispute)} aria-label={t('disputes.resolveNamed', { number: dispute.document.number })}>
                      {t('disputes.resolve')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {resolving ? <ResolveDisputeDialog dispute={resolving} onClose={() => setResolving(undefined)} onResolved={onResolved} /> : null}
    </>
  );
}
