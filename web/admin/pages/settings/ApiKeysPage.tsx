import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column, type Tone } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CreateApiKeyDialog } from './CreateApiKeyDialog.tsx';
import { RotateApiKeyDialog } from './RotateApiKeyDialog.tsx';
import { apiKeyKeys, fetchApiKeys, revokeApiKey, type ApiKey } from './queries.ts';

const statusTones: Record<ApiKey['status'], Tone> = { active: 'success', expiring: 'warning', expired: 'neutral', revoked: 'neutral' };

export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('apiKeys.title'));
  const toast = useToast();
  const keys = useQuery({ queryKey: apiKeyKeys.list({}), queryFn: ({ signal }) => fetchApiKeys(signal) });
  const revoke = useApiMutation({ mutationFn: revokeApiKey, invalidates: [apiKeyKeys.all] });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey>();
  const [rotating, setRotating] = useState<ApiKey>();
  const date = (value: string) => formatDateTime(value, i18n.language);

  const columns: Column<ApiKey>[] = [
    { id: 'name', header: t('apiKeys.name'), rowHeader: true, className: 'admin-row-head', cell: (key) => key.name },
    { id: 'prefix', header: t('apiKeys.prefix'), cell: (key) => <code>{key.prefix}…</code> },
    { id: 'scopes', header: t('apiKeys.scopes'), className: 'ui-small', cell: (key) => key.scopes.join(', ') },
    { id: 'status', header: t('apiKeys.status'), cell: (key) => <StatusBadge tone={statusTones[key.status]}>{t(`apiKeys.statuses.${key.status}`)}</StatusBadge> },
    {
      id: 'expires',
      header: t('apiKeys.expires'),
      className: 'admin-hide-narrow',
      cell: (key) => (key.expires_at ? date(key.expires_at) : <span className="ui-muted">{t('apiKeys.expiryNever')}</span>),
    },
    {
      id: 'lastUsed',
      header: t('apiKeys.lastUsed'),
      className: 'admin-hide-narrow',
      cell: (key) =>
        key.last_used_at ? (
          <>
            {date(key.last_used_at)}
            {key.last_used_ip ? <span className="ui-muted ui-small"> {t('apiKeys.fromAddress', { ip: key.last_used_ip })}</span> : null}
          </>
        ) : (
          <span className="ui-muted">{t('apiKeys.never')}</span>
        ),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (key) =>
        key.status === 'revoked' || key.status === 'expired' ? null : (
          <div className="ui-button-row">
            {key.rotated_to_id ? null : (
              <Button size="small" variant="ghost" onClick={() => setRotating(key)} aria-label={t('apiKeys.rotateNamed', { name: key.name })}>
                {t('apiKeys.rotate')}
              </Button>
            )}
            <Button size="small" variant="ghost" onClick={() => setRevoking(key)} aria-label={t('apiKeys.revokeNamed', { name: key.name })}>
              {t('apiKeys.revoke')}
            </Button>
          </div>
        ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('apiKeys.title')}</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('apiKeys.create')}
        </Button>
      </div>
      <p className="ui-muted">{t('apiKeys.intro')}</p>
      <DataTable
        caption={t('apiKeys.title')}
        columns={columns}
        rows={keys.data?.data}
        status={keys.status}
        error={keys.error}
        onRetry={() => void keys.refetch()}
        loadingLabel={t('apiKeys.loading')}
        errorTitle={t('apiKeys.loadFailed')}
        empty={<EmptyState title={t('apiKeys.empty')} description={t('apiKeys.emptyHint')} />}
      />
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      {rotating ? <RotateApiKeyDialog apiKey={rotating} onClose={() => setRotating(undefined)} /> : null}
      {revoking ? (
        <ConfirmDialog
          open
          danger
          title={t('apiKeys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke')}
          onClose={() => setRevoking(undefined)}
          onConfirm={async () => {
            await revoke.mutateAsync(revoking.id);
            toast.show(t('apiKeys.revokedToast', { name: revoking.name }));
          }}
        >
          <p>{t('apiKeys.revokeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
