import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, EmptyState, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { EndpointStatus } from './EndpointStatus.tsx';
import { fetchWebhookEndpoints, webhookKeys, type WebhookEndpoint } from './queries.ts';
import { WebhookEndpointDialog } from './WebhookEndpointDialog.tsx';

/** The organization's webhook endpoints: where events go, which, and whether they arrive. */
export function WebhooksPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('webhooks.title'));
  const endpoints = useQuery({ queryKey: webhookKeys.list({}), queryFn: ({ signal }) => fetchWebhookEndpoints(signal) });
  const [creating, setCreating] = useState(false);

  const columns: Column<WebhookEndpoint>[] = [
    {
      id: 'url',
      header: t('webhooks.url'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (endpoint) => (
        <>
          <Link to={`/settings/webhooks/${endpoint.id}`} className="admin-webhook-url">
            {endpoint.url}
          </Link>
          {endpoint.description ? <div className="ui-muted ui-small">{endpoint.description}</div> : null}
        </>
      ),
    },
    { id: 'events', header: t('webhooks.events'), className: 'ui-small', cell: (endpoint) => t('webhooks.eventCount', { count: endpoint.events.length }) },
    { id: 'status', header: t('webhooks.status'), cell: (endpoint) => <EndpointStatus endpoint={endpoint} /> },
    { id: 'created', header: t('webhooks.created'), className: 'admin-hide-narrow', cell: (endpoint) => formatDateTime(endpoint.created_at, i18n.language) },
  ];

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('webhooks.title')}</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('webhooks.create')}
        </Button>
      </div>
      <p className="ui-muted">{t('webhooks.intro')}</p>
      <DataTable
        caption={t('webhooks.title')}
        columns={columns}
        rows={endpoints.data?.data}
        status={endpoints.status}
        error={endpoints.error}
        onRetry={() => void endpoints.refetch()}
        loadingLabel={t('webhooks.loading')}
        errorTitle={t('webhooks.loadFailed')}
        empty={<EmptyState title={t('webhooks.empty')} description={t('webhooks.emptyHint')} />}
      />
      <WebhookEndpointDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
