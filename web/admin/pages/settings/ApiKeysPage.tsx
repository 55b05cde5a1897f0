import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { fetchAllPages } from '../../lib/all-pages.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { ApiKey } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { CreateApiKeyDialog } from './CreateApiKeyDialog.tsx';

export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('apiKeys.title'));
  const toast = useToast();
  const keys = useResource(() => fetchAllPages<ApiKey>('/api-keys'), 'api-keys');
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey>();

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('apiKeys.title')}</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('apiKeys.create')}
        </Button>
      </div>
      <p className="ui-muted">{t('apiKeys.intro')}</p>
      {keys.loading && !keys.data ? <Spinner label={t('apiKeys.loading')} /> : null}
      {!keys.loading && !keys.data ? <ErrorState title={t('apiKeys.loadFailed')} message={errorMessage(t, keys.error)} retryLabel={t('common.retry')} onRetry={keys.reload} /> : null}
      {keys.data && keys.data.data.length === 0 ? <EmptyState title={t('apiKeys.empty')} description={t('apiKeys.emptyHint')} /> : null}
      {keys.data && keys.data.data.length > 0 ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.prefix')}</th>
                <th scope="col">{t('apiKeys.scopes')}</th>
                <th scope="col" className="admin-hide-narrow">{t('apiKeys.created')}</th>
                <th scope="col" className="admin-hide-narrow">{t('apiKeys.lastUsed')}</th>
                <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.data.map((key) => (
                <tr key={key.id}>
                  <th scope="row" className="admin-row-head">{key.name}</th>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td className="ui-small">{key.scopes.join(', ')}</td>
                  <td className="admin-hide-narrow">{formatDateTime(key.created_at, i18n.language)}</td>
                  <td className="admin-hide-narrow">{key.last_used_at ? formatDateTime(key.last_used_at, i18n.language) : <span className="ui-muted">{t('apiKeys.never')}</span>}</td>
                  <td className="ui-col-actions">
                    {key.revoked_at ? (
                      <StatusBadge>{t('apiKeys.revoked')}</StatusBadge>
                    ) : (
                      <Button size="small" variant="ghost" onClick={() => setRevoking(key)} aria-label={t('apiKeys.revokeNamed', { name: key.name })}>
                        {t('apiKeys.revoke')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} onCreated={keys.reload} />
      {revoking ? (
        <ConfirmDialog
          open
          danger
          title={t('apiKeys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke')}
          onClose={() => setRevoking(undefined)}
          onConfirm={async () => {
            await api.delete(`/api-keys/${revoking.id}`);
            toast.show(t('apiKeys.revokedToast', { name: revoking.name }));
            keys.reload();
          }}
        >
          <p>{t('apiKeys.revokeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
