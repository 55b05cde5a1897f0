import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button, ErrorState, Spinner, StatusBadge } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchOutboxEmail, outboxKeys, outboxTones } from './queries.ts';

/** One email: headers, then the HTML (in a sandbox: no scripts, no same-origin) or the plain text. */
export function OutboxEmailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const email = useQuery({ queryKey: outboxKeys.detail(id), queryFn: ({ signal }) => fetchOutboxEmail(id, signal) });
  const [view, setView] = useState<'html' | 'text'>('html');
  useDocumentTitle(email.data?.subject ?? t('outbox.title'));
  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/outbox">{t('outbox.title')}</Link>
    </nav>
  );
  if (email.isPending) return <>{breadcrumb}<Spinner label={t('outbox.loadingOne')} /></>;
  if (!email.data) {
    return (
      <>
        {breadcrumb}
        <h1>{t('outbox.title')}</h1>
        <ErrorState title={t('outbox.loadOneFailed')} message={errorMessage(t, email.error)} retryLabel={t('common.retry')} onRetry={() => void email.refetch()} />
      </>
    );
  }
  const data = email.data;
  return (
    <>
      {breadcrumb}
      <h1>{data.subject}</h1>
      <section className="ui-card">
        <dl className="ui-dl">
          <dt>{t('outbox.to')}</dt>
          <dd>{data.to}</dd>
          <dt>{t('outbox.statusHeading')}</dt>
          <dd>
            <StatusBadge tone={outboxTones[data.status]}>{t(`outbox.status.${data.status}`)}</StatusBadge>
            {data.last_error ? <div className="ui-small ui-muted">{data.last_error}</div> : null}
          </dd>
          <dt>{t('outbox.created')}</dt>
          <dd>{formatDateTime(data.created_at, i18n.language)}</dd>
          {data.sent_at ? (
            <>
              <dt>{t('outbox.sent')}</dt>
              <dd>{formatDateTime(data.sent_at, i18n.language)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="ui-card" aria-labelledby="email-body-heading">
        <div className="admin-card-header">
          <h2 id="email-body-heading">{t('outbox.message')}</h2>
          <div className="ui-button-row" role="group" aria-label={t('outbox.format')}>
            <Button size="small" aria-pressed={view === 'html'} onClick={() => setView('html')}>
              HTML
            </Button>
            <Button size="small" aria-pressed={view === 'text'} onClick={() => setView('text')}>
              {t('outbox.plainText')}
            </Button>
          </div>
        </div>
        {view === 'html' ? (
          <iframe className="admin-email-frame" title={t('outbox.htmlTitle', { subject: data.subject })} sandbox="" srcDoc={data.html} />
        ) : (
          <pre className="admin-email-text">{data.text}</pre>
        )}
      </section>
    </>
  );
}
