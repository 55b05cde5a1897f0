import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, Select, StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { PagedListView } from '../../app/PagedListView.tsx';
import { api } from '../../lib/client.ts';
import type { OutboxEmail, OutboxStatus, Page } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';

export const outboxTones: Record<OutboxStatus, Tone> = { pending: 'info', sent: 'success', failed: 'danger', kept: 'neutral' };
const statuses: OutboxStatus[] = ['pending', 'sent', 'failed', 'kept'];
const fetchOutbox = (query: string) => api.get<Page<OutboxEmail>>(`/outbox?${query}`);

/** The mail Portico sent, is sending, or keeps here because no SMTP server is configured. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('outbox.title'));
  const [status, setStatus] = useState('');
  const list = usePagedList(fetchOutbox, status ? `status=${status}` : '', 50);
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p className="ui-muted">{t('outbox.intro')}</p>
      <div className="admin-toolbar">
        <Select
          label={t('outbox.filter')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          options={[{ value: '', label: t('outbox.all') }, ...statuses.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))]}
          fieldClassName="admin-toolbar__filter"
        />
      </div>
      <PagedListView list={list} loadingLabel={t('outbox.loading')} errorTitle={t('outbox.loadFailed')} empty={<EmptyState title={t('outbox.empty')} />}>
        {(emails) => (
          <div className="ui-table-wrap">
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">{t('outbox.subject')}</th>
                  <th scope="col">{t('outbox.to')}</th>
                  <th scope="col">{t('outbox.statusHeading')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('outbox.created')}</th>
                </tr>
              </thead>
              <tbody>
                {emails.map((email) => (
                  <tr key={email.id}>
                    <td>
                      <Link to={`/outbox/${email.id}`}>{email.subject}</Link>
                      <div className="ui-muted ui-small">{t(`outbox.kinds.${email.kind}`, { defaultValue: email.kind })}</div>
                    </td>
                    <td>{email.to}</td>
                    <td>
                      <StatusBadge tone={outboxTones[email.status]}>{t(`outbox.status.${email.status}`)}</StatusBadge>
                      {email.status === 'failed' || (email.status === 'pending' && email.attempts > 0) ? <div className="ui-muted ui-small">{t('outbox.attempts', { count: email.attempts })}</div> : null}
                    </td>
                    <td className="admin-hide-narrow">{formatDateTime(email.created_at, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedListView>
    </>
  );
}
