import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, StatusBadge, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { CursorList } from '../../../ui/query/useCursorList.ts';
import { documentLink } from '../../lib/document-kinds.ts';
import type { Dispute } from './queries.ts';
import { ResolveDisputeDialog } from './ResolveDisputeDialog.tsx';

interface DisputeListProps {
  caption: string;
  /** A paged list (the disputes page) or the rows of one document. */
  list?: CursorList<Dispute>;
  disputes?: Dispute[];
  showDocument?: boolean;
  empty?: ReactNode;
  errorTitle?: string;
}

/** Disputes as a table: document, customer, line, reason, status or resolution, and Resolve. */
export function DisputeList({ caption, list, disputes, showDocument = true, empty = null, errorTitle }: DisputeListProps) {
  const { t, i18n } = useTranslation();
  const [resolving, setResolving] = useState<Dispute>();
  const columns: Column<Dispute>[] = [
    ...(showDocument
      ? [
          { id: 'document', header: t('disputes.document'), rowHeader: true, className: 'admin-row-head', cell: (dispute: Dispute) => <Link to={documentLink(dispute.document.kind, dispute.document.id)}>{dispute.document.number}</Link> },
          { id: 'customer', header: t('picker.customer'), className: 'admin-hide-narrow', cell: (dispute: Dispute) => <Link to={`/customers/${dispute.customer.id}`}>{dispute.customer.display_name}</Link> },
        ]
      : []),
    {
      id: 'reason',
      header: t('disputes.reason'),
      cell: (dispute) => (
        <>
          {dispute.line ? <div className="ui-small ui-muted">{t('disputes.line', { name: dispute.line.name })}</div> : <div className="ui-small ui-muted">{t('disputes.whole')}</div>}
          <span className="admin-pre">{dispute.reason}</span>
          {dispute.resolution ? <div className="ui-small admin-pre">{t('disputes.resolutionWas', { resolution: dispute.resolution })}</div> : null}
        </>
      ),
    },
    { id: 'raised', header: t('disputes.raised'), className: 'admin-hide-narrow', cell: (dispute) => formatDateTime(dispute.created_at, i18n.language) },
    {
      id: 'status',
      header: t('documents.status'),
      cell: (dispute) => (dispute.status === 'open' ? <StatusBadge tone="danger">{t('disputes.open')}</StatusBadge> : <StatusBadge tone="success">{t('disputes.resolvedStatus')}</StatusBadge>),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (dispute) =>
        dispute.status === 'open' ? (
          <Button size="small" onClick={() => setResolving(dispute)} aria-label={t('disputes.resolveNamed', { number: dispute.document.number })}>
            {t('disputes.resolve')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        list={list}
        rows={disputes}
        empty={empty}
        errorTitle={errorTitle ?? t('disputes.loadFailed')}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
      {resolving ? <ResolveDisputeDialog dispute={resolving} onClose={() => setResolving(undefined)} /> : null}
    </>
  );
}
