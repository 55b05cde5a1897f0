import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, DataTable, Dialog, EmptyState, ErrorState, Select, Spinner, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { EndpointStatus } from './EndpointStatus.tsx';
import {
  deleteWebhookEndpoint,
  deliveryKeys,
  fetchDeliveryPage,
  fetchWebhookEndpoint,
  replayDelivery,
  rollWebhookSecret,
  updateWebhookEndpoint,
  webhookKeys,
  type WebhookDelivery,
  type WebhookEndpoint,
} from './queries.ts';
import { SecretReveal } from './SecretReveal.tsx';
import { WebhookEndpointDialog } from './WebhookEndpointDialog.tsx';

const pageSize = 25;
const deliveryTone = { succeeded: 'success', pending: 'warning', failed: 'danger' } as const;

/** One endpoint: what it receives, its state and secret, and its delivery log with replay. */
export function WebhookEndpointPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const endpoint = useQuery({ queryKey: webhookKeys.detail(id), queryFn: ({ signal }) => fetchWebhookEndpoint(id, signal) });
  useDocumentTitle(endpoint.data ? endpoint.data.url : t('webhooks.title'));
  if (endpoint.isPending) return <Spinner label={t('webhooks.loading')} />;
  if (!endpoint.data) {
    return (
      <>
        <h1>{t('webhooks.title')}</h1>
        <ErrorState title={t('webhooks.loadFailed')} message={errorMessage(t, endpoint.error)} retryLabel={t('common.retry')} onRetry={() => void endpoint.refetch()} />
      </>
    );
  }
  return <EndpointDetail endpoint={endpoint.data} />;
}

function EndpointDetail({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const date = (value: string) => formatDateTime(value, i18n.language);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [rolling, setRolling] = useState(false);
  const toggle = useApiMutation({
    mutationFn: (enabled: boolean) => updateWebhookEndpoint(endpoint.id, { enabled, version: endpoint.version }),
    invalidates: [webhookKeys.all],
  });
  const remove = useApiMutation({ mutationFn: () => deleteWebhookEndpoint(endpoint.id), invalidates: [webhookKeys.all] });
  const enabled = endpoint.status === 'enabled';

  return (
    <>
      <p className="admin-breadcrumb">
        <Link to="/settings/webhooks">{t('webhooks.title')}</Link>
      </p>
      <div className="admin-page-header">
        <h1 className="admin-webhook-url">{endpoint.url}</h1>
        <div className="ui-button-row">
          <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
          <Button onClick={() => setRolling(true)}>{t('webhooks.rollSecret')}</Button>
          <Button
            busy={toggle.isPending}
            onClick={() =>
              void toggle.mutateAsync(!enabled).then(
                () => toast.show(enabled ? t('webhooks.disabledToast') : t('webhooks.enabledToast')),
                (error: unknown) => toast.show(errorMessage(t, error), 'danger'),
              )
            }
          >
            {enabled ? t('webhooks.disable') : t('webhooks.enable')}
          </Button>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            {t('webhooks.delete')}
          </Button>
        </div>
      </div>
      <section className="ui-card" aria-labelledby="webhook-details">
        <h2 id="webhook-details">{t('webhooks.details')}</h2>
        <dl className="ui-dl">
          <dt>{t('webhooks.status')}</dt>
          <dd>
            <EndpointStatus endpoint={endpoint} />
            {endpoint.failing_since ? <span className="ui-muted ui-small"> {t('webhooks.failingSince', { time: date(endpoint.failing_since) })}</span> : null}
          </dd>
          {endpoint.description ? (
            <>
              <dt>{t('webhooks.description')}</dt>
              <dd>{endpoint.description}</dd>
            </>
          ) : null}
          <dt>{t('webhooks.events')}</dt>
          <dd>
            <ul className="admin-webhook-event-list">
              {endpoint.events.map((type) => (
                <li key={type}>
                  <code>{type}</code>
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('webhooks.apiVersion')}</dt>
          <dd>
            <code>{endpoint.api_version}</code>
          </dd>
          {endpoint.previous_secret_expires_at ? (
            <>
              <dt>{t('webhooks.secret')}</dt>
              <dd>{t('webhooks.overlapUntil', { time: date(endpoint.previous_secret_expires_at) })}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <DeliveryLog endpoint={endpoint} />
      <WebhookEndpointDialog open={editing} onClose={() => setEditing(false)} endpoint={endpoint} />
      <RollSecretDialog open={rolling} onClose={() => setRolling(false)} endpoint={endpoint} />
      {deleting ? (
        <ConfirmDialog
          open
          danger
          title={t('webhooks.deleteTitle')}
          confirmLabel={t('webhooks.delete')}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await remove.mutateAsync();
            toast.show(t('webhooks.deletedToast'));
            void navigate('/settings/webhooks');
          }}
        >
          <p>{t('webhooks.deleteExplain', { url: endpoint.url })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function RollSecretDialog({ open, onClose, endpoint }: { open: boolean; onClose: () => void; endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const [overlap, setOverlap] = useState('24');
  const [secret, setSecret] = useState<string>();
  const roll = useApiMutation({ mutationFn: () => rollWebhookSecret(endpoint.id, Number(overlap)), invalidates: [webhookKeys.all] });
  const close = () => {
    setSecret(undefined);
    roll.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      title={t('webhooks.rollTitle')}
      onClose={close}
      closeLabel={t('common.close')}
      footer={
        secret ? (
          <Button variant="primary" onClick={close}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button variant="primary" busy={roll.isPending} onClick={() => void roll.mutateAsync().then((rolled) => setSecret(rolled.secret), () => undefined)}>
              {t('webhooks.rollSecret')}
            </Button>
          </>
        )
      }
    >
      {secret ? (
        <SecretReveal secret={secret} />
      ) : (
        <>
          <p>{t('webhooks.rollExplain')}</p>
          <Select
            label={t('webhooks.overlap')}
            value={overlap}
            onChange={(event) => setOverlap(event.target.value)}
            options={[
              { value: '0', label: t('webhooks.overlapNone') },
              { value: '24', label: t('webhooks.overlapHours', { count: 24 }) },
              { value: '72', label: t('webhooks.overlapHours', { count: 72 }) },
            ]}
          />
          {roll.error ? <p className="ui-field__error">{errorMessage(t, roll.error)}</p> : null}
        </>
      )}
    </Dialog>
  );
}

function DeliveryLog({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const list = useCursorList({
    queryKey: deliveryKeys.list({ endpoint: endpoint.id, limit: pageSize }),
    fetchPage: ({ cursor, signal }) => fetchDeliveryPage(endpoint.id, { limit: pageSize, cursor }, signal),
  });
  const replay = useApiMutation({ mutationFn: (id: string) => replayDelivery(id), invalidates: [deliveryKeys.all] });
  const date = (value: string) => formatDateTime(value, i18n.language);
  const columns: Column<WebhookDelivery>[] = [
    { id: 'event', header: t('webhooks.event'), rowHeader: true, className: 'admin-row-head', cell: (delivery) => <code>{delivery.event_type}</code> },
    { id: 'status', header: t('webhooks.status'), cell: (delivery) => <StatusBadge tone={deliveryTone[delivery.status]}>{t(`webhooks.deliveryStatus.${delivery.status}`)}</StatusBadge> },
    {
      id: 'answer',
      header: t('webhooks.answer'),
      className: 'ui-small',
      cell: (delivery) =>
        delivery.response_status !== null ? (
          <span title={delivery.response_body ?? undefined}>HTTP {delivery.response_status}</span>
        ) : delivery.error ? (
          <span className="ui-muted">{delivery.error}</span>
        ) : (
          <span className="ui-muted">{t('webhooks.notYet')}</span>
        ),
    },
    { id: 'attempts', header: t('webhooks.attempts'), className: 'ui-num', cell: (delivery) => delivery.attempts },
    {
      id: 'when',
      header: t('webhooks.when'),
      className: 'ui-small admin-hide-narrow',
      cell: (delivery) => (
        <>
          {date(delivery.last_attempt_at ?? delivery.created_at)}
          {delivery.status === 'pending' && delivery.next_attempt_at && delivery.attempts > 0 ? <div className="ui-muted">{t('webhooks.nextAttempt', { time: date(delivery.next_attempt_at) })}</div> : null}
          {delivery.replay_of ? <div className="ui-muted">{t('webhooks.replayed')}</div> : null}
        </>
      ),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (delivery) => (
        <Button
          size="small"
          variant="ghost"
          disabled={endpoint.status !== 'enabled'}
          aria-label={t('webhooks.replayNamed', { event: delivery.event_type, time: date(delivery.created_at) })}
          onClick={() =>
            void replay.mutateAsync(delivery.id).then(
              () => toast.show(t('webhooks.replayQueued')),
              (error: unknown) => toast.show(errorMessage(t, error), 'danger'),
            )
          }
        >
          {t('webhooks.replay')}
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="webhook-deliveries">
      <h2 id="webhook-deliveries">{t('webhooks.deliveries')}</h2>
      <DataTable
        caption={t('webhooks.deliveries')}
        columns={columns}
        list={list}
        loadingLabel={t('webhooks.loadingDeliveries')}
        errorTitle={t('webhooks.loadFailed')}
        empty={<EmptyState title={t('webhooks.noDeliveries')} description={t('webhooks.noDeliveriesHint')} />}
        loadMoreLabels={{ shown: (count: number) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
    </section>
  );
}
