import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { useMe, usePortal } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { DocumentDetail } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { kindConfigs, type KindSegment } from '../../lib/documentKinds.ts';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { can } from '../../lib/permissions.ts';
import { useResource } from '../../lib/useResource.ts';
import { CommentThread } from '../comments/CommentThread.tsx';
import { EstimateActions } from '../estimates/EstimateActions.tsx';
import { isAwaiting, type Decision } from '../estimates/estimateDecision.ts';
import { DisputeAction, DisputeList } from '../invoices/DisputeAction.tsx';
import { AppliedAmounts } from './AppliedAmounts.tsx';
import { PdfAndPrint } from './DocumentActions.tsx';
import { DocumentFacts } from './DocumentFacts.tsx';
import { DocumentLines, DocumentTotals } from './DocumentLines.tsx';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';

/** One invoice, retainer invoice, estimate or credit note; emails link here. */
export function DocumentDetailPage({ segment }: { segment: KindSegment }) {
  const id = useParams().id ?? '';
  // A fresh page (messages, dialogs) for each document.
  return <DocumentDetail key={`${segment}/${id}`} segment={segment} id={id} />;
}

function DocumentDetail({ segment, id }: { segment: KindSegment; id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { branding } = usePortal();
  const navigate = useNavigate();
  const config = kindConfigs[segment];
  const path = `/${segment}/${encodeURIComponent(id)}`;
  const [threadVersion, setThreadVersion] = useState(0);
  const [done, setDone] = useState<{ message: string; tone: 'success' | 'warning' } | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  const doc = useResource(async () => {
    try {
      return await portalApi.get<DocumentDetail>(path);
    } catch (error) {
      // Payments list what they paid without saying which kind: a retainer invoice is found here too.
      if (segment === 'invoices' && isApiError(error, 'NOT_FOUND')) {
        const retainer = await portalApi.get<DocumentDetail>(`/retainer-invoices/${encodeURIComponent(id)}`).catch(() => undefined);
        if (retainer) {
          void navigate(`/retainer-invoices/${encodeURIComponent(id)}`, { replace: true });
          return retainer;
        }
      }
      throw error;
    }
  }, `${me.customer?.id ?? ''}|${path}`);

  const announce = (message: string, tone: 'success' | 'warning' = 'success') => {
    setDone({ message, tone });
    setThreadVersion((n) => n + 1);
    // The buttons that opened the dialog are gone: focus goes to the confirmation instead.
    window.requestAnimationFrame(() => doneRef.current?.focus());
  };

  const backLink = (
    <Link to={`/${segment}`} className="p-back p-no-print">
      {t('docs.backTo', { list: t(`docs.${config.key}.title`) })}
    </Link>
  );

  if (doc.status !== 'ready') {
    return (
      <>
        {backLink}
        <PageHeader title={t(`docs.${config.key}.title`)} />
        {doc.status === 'loading' ? <Loading /> : <LoadFailed message={errorMessage(t, doc.error)} onRetry={isApiError(doc.error, 'NOT_FOUND') ? undefined : doc.reload} />}
      </>
    );
  }

  const data = doc.data;
  const awaiting = data.kind === 'estimate' && isAwaiting(data);
  const stale = (fresh: DocumentDetail, message: string) => {
    doc.setData(fresh);
    announce(message, 'warning');
  };
  const decided = (answer: Partial<DocumentDetail>, decision: Decision) => {
    doc.setData({ ...data, ...answer });
    announce(t(`estimates.done.${decision}`));
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
      <PdfAndPrint pdfPath={`${path}/pdf`}>
        {data.kind === 'invoice' && data.status !== 'void' ? (
          <DisputeAction
            doc={data}
            onDisputed={(dispute) => {
              doc.setData({ ...data, disputes: [...data.disputes, dispute], open_dispute_count: data.open_dispute_count + 1 });
              announce(t('disputes.done'));
            }}
          />
        ) : null}
      </PdfAndPrint>
      <div ref={doneRef} tabIndex={-1} className="p-focus-target">
        {done ? <Notice tone={done.tone}>{done.message}</Notice> : null}
      </div>
      {awaiting && can(me, 'approve_estimates') ? <EstimateActions doc={data} onDecided={decided} onStale={stale} /> : null}
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
        {config.thread ? <CommentThread path={path} version={threadVersion} /> : null}
      </div>
    </article>
  );
}
