import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, EmptyState, Select, StatusBadge, useToast, type Tone } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { PagedListView } from '../../app/PagedListView.tsx';
import { api } from '../../lib/client.ts';
import type { Page, PortalLink, PortalLinkStatus } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';

const statuses: PortalLinkStatus[] = ['active', 'used', 'expired', 'revoked'];
const tones: Record<PortalLinkStatus, Tone> = { active: 'info', used: 'success', expired: 'warning', revoked: 'neutral' };
const fetchLinks = (query: string) => api.get<Page<PortalLink>>(`/portal/links?${query}`);

/** Every invitation link with its status; an active one can be revoked. */
export function PortalLinksPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('links.title'));
  const toast = useToast();
  const [status, setStatus] = useState('');
  const list = usePagedList(fetchLinks, status ? `status=${status}` : '', 50);
  const [revoking, setRevoking] = useState<PortalLink>();

  return (
    <>
      <h1>{t('links.title')}</h1>
      <p className="ui-muted">{t('links.intro')}</p>
      <div className="admin-toolbar">
        <Select
          label={t('links.filter')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          options={[{ value: '', label: t('links.all') }, ...statuses.map((s) => ({ value: s, label: t(`links.status.${s}`) }))]}
          fieldClassName="admin-toolbar__filter"
        />
      </div>
      <PagedListView list={list} loadingLabel={t('links.loading')} errorTitle={t('links.loadFailed')} empty={<EmptyState title={t('links.empty')} />}>
        {(links) => (
          <div className="ui-table-wrap">
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">{t('links.contact')}</th>
                  <th scope="col">{t('links.customer')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('links.created')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('links.expires')}</th>
                  <th scope="col">{t('links.statusHeading')}</th>
                  <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id}>
                    <td>
                      {link.contact_name}
                      <div className="ui-muted ui-small">{link.email}</div>
                    </td>
                    <td>
                      <Link to={`/customers/${link.customer_id}`}>{link.customer_name}</Link>
                    </td>
                    <td className="admin-hide-narrow">{formatDateTime(link.created_at, i18n.language)}</td>
                    <td className="admin-hide-narrow">{formatDateTime(link.expires_at, i18n.language)}</td>
                    <td>
                      <StatusBadge tone={tones[link.status]}>{t(`links.status.${link.status}`)}</StatusBadge>
                      {link.used_at ? <div className="ui-muted ui-small">{formatDateTime(link.used_at, i18n.language)}</div> : null}
                      {link.revoked_at ? <div className="ui-muted ui-small">{formatDateTime(link.revoked_at, i18n.language)}</div> : null}
                    </td>
                    <td className="ui-col-actions">
                      {link.status === 'active' ? (
                        <Button size="small" variant="ghost" onClick={() => setRevoking(link)} aria-label={t('links.revokeNamed', { name: link.contact_name })}>
                          {t('links.revoke')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedListView>
      {revoking ? (
        <ConfirmDialog
          open
          danger
          title={t('links.revokeTitle')}
          confirmLabel={t('links.revoke')}
          onClose={() => setRevoking(undefined)}
          onConfirm={async () => {
            await api.delete(`/portal/links/${revoking.id}`);
            list.setItems((items) => items.map((l) => (l.id === revoking.id ? { ...l, status: 'revoked', revoked_at: new Date().toISOString() } : l)));
            toast.show(t('links.revoked'));
          }}
        >
          <p>{t('links.revokeExplain', { name: revoking.contact_name, email: revoking.email })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
