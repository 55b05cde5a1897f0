import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { ErrorState, Notice, Spinner } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { documentLink, kindConfigs } from '../../lib/document-kinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CommentThread } from './CommentThread.tsx';
import { DocumentActions } from './DocumentActions.tsx';
import { DocumentDisputes } from './DocumentDisputes.tsx';
import { DocumentLinesTable } from './DocumentLinesTable.tsx';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';
import { PaymentScheduleCard } from './PaymentScheduleCard.tsx';
import { documentQuery, type DocumentKind } from './queries.ts';
import { ViewLog } from './ViewLog.tsx';

/** One document: status, actions, lines and totals, the view log, the thread and any disputes. */
export function DocumentDetailPage({ kind }: { kind: DocumentKind }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const config = kindConfigs[kind];
  const { id = '' } = useParams();
  const document = useQuery(documentQuery(kind, id));
  // Why the last action did nothing: the document had changed meanwhile; it shows as it is now.
  const [conflict, setConflict] = useState<{ id: string; message: string }>();
  useDocumentTitle(document.data?.number ?? t(`kinds.${config.key}.title`));
  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to={`/${config.path}`}>{t(`kinds.${config.key}.title`)}</Link>
    </nav>
  );
  if (!document.data) {
    return (
      <>
        {breadcrumb}
        {document.isPending ? <Spinner label={t('common.loading')} /> : <ErrorState title={t('documents.loadFailed')} message={errorMessage(t, document.error)} retryLabel={t('common.retry')} onRetry={() => void document.refetch()} />}
      </>
    );
  }
  const data = document.data;
  const date = (value: string | null) => formatCalendarDate(value, locale);
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>{t(`kinds.${config.key}.titleNamed`, { number: data.number })}</h1>
          <p className="admin-doc-subtitle">
            <DocumentStatusBadge document={data} /> <Link to={`/customers/${data.customer.id}`}>{data.customer.display_name}</Link>
          </p>
        </div>
        <DocumentActions document={data} onConflict={(message) => setConflict(message ? { id: data.id, message } : undefined)} />
      </div>
      {conflict?.id === data.id ? <Notice tone="warning">{conflict.message}</Notice> : null}
      <section className="ui-card" aria-labelledby="doc-details">
        <h2 id="doc-details">{t('documents.details')}</h2>
        <dl className="ui-dl">
          <dt>{t('documents.issueDate')}</dt>
          <dd>{date(data.issue_date)}</dd>
          {data.due_date ? (
            <>
              <dt>{t('documents.dueDate')}</dt>
              <dd>{date(data.due_date)}</dd>
            </>
          ) : null}
          {data.expiry_date ? (
            <>
              <dt>{t('documents.expiryDate')}</dt>
              <dd>{date(data.expiry_date)}</dd>
            </>
          ) : null}
          {data.reference ? (
            <>
              <dt>{t('documents.reference')}</dt>
              <dd>{data.reference}</dd>
            </>
          ) : null}
          <dt>{t('documents.currency')}</dt>
          <dd>{data.currency}</dd>
          {data.sent_at ? (
            <>
              <dt>{t('documents.sentAt')}</dt>
              <dd>{formatDateTime(data.sent_at, locale)}</dd>
            </>
          ) : null}
          {data.accepted_at ? (
            <>
              <dt>{t('documents.acceptedAt')}</dt>
              <dd>{t('documents.acceptedBy', { date: formatDateTime(data.accepted_at, locale), name: data.accepted_by_name ?? '—' })}</dd>
            </>
          ) : null}
          {data.declined_at ? (
            <>
              <dt>{t('documents.declinedAt')}</dt>
              <dd className="admin-pre">{`${formatDateTime(data.declined_at, locale)}${data.decline_reason ? ` — ${data.decline_reason}` : ''}`}</dd>
            </>
          ) : null}
          {data.marked_by_staff ? (
            <>
              <dt>{t('documents.markedBy')}</dt>
              <dd>{t('documents.markedByValue', { name: data.marked_by_staff.name })}</dd>
            </>
          ) : null}
          {data.changes_requested_at ? (
            <>
              <dt>{t('documents.changesRequestedAt')}</dt>
              <dd>{formatDateTime(data.changes_requested_at, locale)}</dd>
            </>
          ) : null}
          {data.voided_at ? (
            <>
              <dt>{t('documents.voidedAt')}</dt>
              <dd>{formatDateTime(data.voided_at, locale)}</dd>
            </>
          ) : null}
          {data.source_document_id ? (
            <>
              <dt>{t('documents.fromEstimate')}</dt>
              <dd>
                <Link to={documentLink('estimate', data.source_document_id)}>{t('documents.openEstimate')}</Link>
              </dd>
            </>
          ) : null}
          {data.converted_invoice_id ? (
            <>
              <dt>{t('documents.convertedTo')}</dt>
              <dd>
                <Link to={documentLink('invoice', data.converted_invoice_id)}>{t('documents.openInvoice')}</Link>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <DocumentLinesTable document={data} />
      {data.kind === 'invoice' || data.kind === 'retainer_invoice' ? <PaymentScheduleCard document={data} /> : null}
      {data.notes || data.terms ? (
        <section className="ui-card admin-doc-notes" aria-labelledby="doc-notes">
          <h2 id="doc-notes">{t('documents.notesAndTerms')}</h2>
          {data.notes ? <p className="admin-pre">{data.notes}</p> : null}
          {data.terms ? <p className="admin-pre ui-muted">{data.terms}</p> : null}
        </section>
      ) : null}
      <DocumentDisputes documentId={data.id} />
      {data.status !== 'draft' ? <ViewLog document={data} /> : null}
      <CommentThread document={data} />
    </>
  );
}
