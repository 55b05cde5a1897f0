import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { useMe, usePortal } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { kindConfigs, type KindSegment } from '../../lib/documentKinds.ts';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { can } from '../../lib/permissions.ts';
import { CommentThread } from '../comments/CommentThread.tsx';
import { EstimateActions } from '../estimates/EstimateActions.tsx';
import { isAwaiting, type Decision } from '../estimates/estimateDecision.ts';
import { DisputeAction, DisputeList } from '../invoices/DisputeAction.tsx';
import { AppliedAmounts } from './AppliedAmounts.tsx';
import { PdfAndPrint } from './DocumentActions.tsx';
import { ForwardAction } from '../forward/ForwardAction.tsx';
import { DocumentFacts } from './DocumentFacts.tsx';
import { DocumentLines, DocumentTotals } from './DocumentLines.tsx';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';
import { PayNow } from '../pay/PayNow.tsx';
import { PaymentSchedule } from './PaymentSchedule.tsx';
import { documentEInvoicePath, documentKeys, documentPdfPath, fetchDocument, type DocumentDetail, type ThreadSegment } from './queries.ts';

/** One invoice, retainer invoice, estimate or credit note; emails link here. */
export function DocumentDetailPage({ segment }: { segment: KindSegment }) {
  const id = useParams().id ?? '';
  // A fresh page (messages, dialogs) for each document.
  return <DocumentDetailView key={`${segment}/${id}`} segment={segment} id={id} />;
}

/** The document; an invoice link that is really a retainer invoice's moves to its own address. */
function useDocument(segment: KindSegment, id: string) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: documentKeys(segment).detail(id),
    queryFn: async ({ signal }) => {
      try {
        return await fetchDocument(segment, id, signal);
      } catch (error) {
        // Older links and emails point at /invoices/{id} for a retainer invoice too.
        if (segment === 'invoices' && isApiError(error, 'NOT_FOUND')) {
          const retainer = await fetchDocument('retainer-invoices', id, signal).catch(() => undefined);
          if (retainer) {
            queryClient.setQueryData(documentKeys('retainer-invoices').detail(id), retainer);
            void navigate(`/retainer-invoices/${encodeURIComponent(id)}`, { replace: true });
            return retainer;
          }
        }
        throw error;
      }
    },
  });
}

function DocumentDetailView({ segment, id }: { segment: KindSegment; id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { branding } = usePortal();
  const queryClient = useQueryClient();
  const config = kindConfigs[segment];
  const keys = documentKeys(segment);
  const [done, setDone] = useState<{ message: string; tone: 'success' | 'warning' } | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  const doc = useDocument(segment, id);

  const announce = (message: string, tone: 'success' | 'warning' = 'success') => {
    setDone({ message, tone });
    // The buttons that opened the dialog may be gone: focus goes to the confirmation instead.
    window.requestAnimationFrame(() => doneRef.current?.focus());
  };

  const backLink = (
    <Link to={`/${segment}`} className="p-back p-no-print">
      {t('docs.backTo', { list: t(`docs.${config.key}.title`) })}
    </Link>
  );

  if (!doc.data) {
    return (
      <>
        {backLink}
        <PageHeader title={t(`docs.${config.key}.title`)} />
        {doc.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, doc.error)} onRetry={isApiError(doc.error, 'NOT_FOUND') ? undefined : () => void doc.refetch()} />}
      </>
    );
  }

  const data: DocumentDetail = doc.data;
  const awaiting = data.kind === 'estimate' && isAwaiting(data);
  const stale = (fresh: DocumentDetail, message: string) => {
    queryClient.setQueryData(keys.detail(id), fresh);
    void queryClient.invalidateQueries({ queryKey: keys.lists() });
    void queryClient.invalidateQueries({ queryKey: keys.comments(id) });
    announce(message, 'warning');
  };

  return (
    <article className="p-document">
      {backLink}
      <p className="p-print-only p-strong">
        {branding.name} · {t('docs.customer', { name: data.customer.display_name })}
      </p>
      <PageHeader title={t(`docs.${config.key}.one`, { number: data.number })}>
        <p className="p-document__status">
          <DocumentStatusBadge status={data.status} />
          {data.open_dispute_count > 0 ? <span className="ui-muted ui-small">{t('disputes.openCount', { count: data.open_dispute_count })}</span> : null}
        </p>
      </PageHeader>
      {data.kind === 'invoice' || data.kind === 'retainer_invoice' ? <PayNow documentId={data.id} /> : null}
      <PdfAndPrint pdfPath={documentPdfPath(segment, id)} eInvoicePath={documentEInvoicePath(segment, id)}>
        {data.kind === 'invoice' && data.status !== 'void' ? <DisputeAction doc={data} onDisputed={() => announce(t('disputes.done'))} /> : null}
        <ForwardAction
          target={{ type: 'document', segment, id: data.id }}
          title={t('forward.title', { document: t(`docs.${config.key}.one`, { number: data.number }) })}
          onForwarded={(email) => announce(t('forward.done', { email }))}
        />
      </PdfAndPrint>
      <div ref={doneRef} tabIndex={-1} className="p-focus-target">
        {done ? <Notice tone={done.tone}>{done.message}</Notice> : null}
      </div>
      {awaiting && can(me, 'approve_estimates') ? <EstimateActions doc={data} onDecided={(decision: Decision) => announce(t(`estimates.done.${decision}`))} onStale={stale} /> : null}
      {awaiting && !can(me, 'approve_estimates') ? <p className="ui-muted">{t('estimates.noPermission')}</p> : null}
      <div className="p-stack">
        <DocumentFacts doc={data} />
        <section aria-labelledby="lines-heading">
          <h2 id="lines-heading" className="ui-visually-hidden">
            {t('docs.lines.caption')}
          </h2>
          <DocumentLines doc={data} />
          <DocumentTotals doc={data} />
        </section>
        <AppliedAmounts doc={data} />
        {data.kind === 'invoice' || data.kind === 'retainer_invoice' ? <PaymentSchedule segment={data.kind === 'invoice' ? 'invoices' : 'retainer-invoices'} id={data.id} number={data.number} /> : null}
        <DisputeList disputes={data.disputes} />
        {data.notes ? (
          <section className="p-card" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="p-card__title">
              {t('docs.notes')}
            </h2>
            <p className="p-pre-line">{data.notes}</p>
          </section>
        ) : null}
        {data.terms ? (
          <section className="p-card" aria-labelledby="terms-heading">
            <h2 id="terms-heading" className="p-card__title">
              {t('docs.terms')}
            </h2>
            <p className="p-pre-line">{data.terms}</p>
          </section>
        ) : null}
        {config.thread ? <CommentThread segment={segment as ThreadSegment} id={id} /> : null}
      </div>
    </article>
  );
}
