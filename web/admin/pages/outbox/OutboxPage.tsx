import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, EmptyState, Select, StatusBadge, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchOutboxPage, outboxKeys, outboxStatuses, outboxTones, showsAttempts, type OutboxStatus, type OutboxSummary } from './queries.ts';

const isStatus = (value: string): value is OutboxStatus => (outboxStatuses as readonly string[]).includes(value);

/** The mail Portico sent, is sending, or keeps here because no SMTP server is configured. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('outbox.title'));
  const [status, setStatus] = useState<OutboxStatus | undefined>();
  const list = useCursorList({
    queryKey: outboxKeys.list({ status }),
    fetchPage: ({ cursor, signal }) => fetchOutboxPage({ status }, cursor, signal),
  });
  const columns: Column<OutboxSummary>[] = [
    {
      id: 'subject',
      header: t('outbox.subject'),
      cell: (email) => (
        <>
          <Link to={`/outbox/${email.id}`}>{email.subject}</Link>
          <div className="ui-muted ui-small">{t(`outbox.kinds.${email.kind}`, { defaultValue: email.kind })}</div>
        </>
      ),
    },
    { id: 'to', header: t('outbox.to'), cell: (email) => email.to },
    {
      id: 'status',
      header: t('outbox.statusHeading'),
      cell: (email) => (
        <>
          <StatusBadge tone={outboxTones[email.status]}>{t(`outbox.status.${email.status}`)}</StatusBadge>
          {showsAttempts(email) ? <div className="ui-muted ui-small">{t('outbox.attempts', { count: email.attempts })}</div> : null}
        </>
      ),
    },
    { id: 'created', header: t('outbox.created'), className: 'admin-hide-narrow', cell: (email) => formatDateTime(email.created_at, i18n.language) },
  ];
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p className="ui-muted">{t('outbox.intro')}</p>
      <div className="admin-toolbar">
        <Select
          label={t('outbox.filter')}
          value={status ?? ''}
          onChange={(event) => setStatus(isStatus(event.target.value) ? event.target.value : undefined)}
          options={[{ value: '', label: t('outbox.all') }, ...outboxStatuses.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))]}
          fieldClassName="admin-toolbar__filter"
        />
      </div>
      <DataTable
        caption={t('outbox.title')}
        columns={columns}
        list={list}
        loadingLabel={t('outbox.loading')}
        errorTitle={t('outbox.loadFailed')}
        empty={<EmptyState title={t('outbox.empty')} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
    </>
  );
}
