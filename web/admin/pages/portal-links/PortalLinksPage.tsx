import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, EmptyState, Select, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { fetchPortalLinks, portalLinkKeys, portalLinkStatuses, portalLinkTones, revokePortalLink, type PortalLink, type PortalLinkStatus } from './queries.ts';

const isStatus = (value: string): value is PortalLinkStatus => (portalLinkStatuses as readonly string[]).includes(value);

/** Every invitation link with its status; an active one can be revoked. */
export function PortalLinksPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('links.title'));
  const toast = useToast();
  const [status, setStatus] = useState<PortalLinkStatus | undefined>();
  const list = useCursorList({
    queryKey: portalLinkKeys.list({ status }),
    fetchPage: ({ cursor, signal }) => fetchPortalLinks({ status }, cursor, signal),
  });
  const [revoking, setRevoking] = useState<PortalLink>();
  // The contact's portal status on the customer's page follows its links.
  const revoke = useApiMutation({ mutationFn: revokePortalLink, invalidates: [portalLinkKeys.lists(), customerKeys.details()] });
  const date = (value: string) => formatDateTime(value, i18n.language);

  const columns: Column<PortalLink>[] = [
    {
      id: 'contact',
      header: t('links.contact'),
      cell: (link) => (
        <>
          {link.contact_name}
          <div className="ui-muted ui-small">{link.email}</div>
        </>
      ),
    },
    { id: 'customer', header: t('links.customer'), cell: (link) => <Link to={`/customers/${link.customer_id}`}>{link.customer_name}</Link> },
    { id: 'created', header: t('links.created'), className: 'admin-hide-narrow', cell: (link) => date(link.created_at) },
    { id: 'expires', header: t('links.expires'), className: 'admin-hide-narrow', cell: (link) => date(link.expires_at) },
    {
      id: 'status',
      header: t('links.statusHeading'),
      cell: (link) => (
        <>
          <StatusBadge tone={portalLinkTones[link.status]}>{t(`links.status.${link.status}`)}</StatusBadge>
          {link.used_at ? <div className="ui-muted ui-small">{date(link.used_at)}</div> : null}
          {link.revoked_at ? <div className="ui-muted ui-small">{date(link.revoked_at)}</div> : null}
        </>
      ),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (link) =>
        link.status === 'active' ? (
          <Button size="small" variant="ghost" onClick={() => setRevoking(link)} aria-label={t('links.revokeNamed', { name: link.contact_name })}>
            {t('links.revoke')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <h1>{t('links.title')}</h1>
      <p className="ui-muted">{t('links.intro')}</p>
      <div className="admin-toolbar">
        <Select
          label={t('links.filter')}
          value={status ?? ''}
          onChange={(event) => setStatus(isStatus(event.target.value) ? event.target.value : undefined)}
          options={[{ value: '', label: t('links.all') }, ...portalLinkStatuses.map((s) => ({ value: s, label: t(`links.status.${s}`) }))]}
          fieldClassName="admin-toolbar__filter"
        />
      </div>
      <DataTable
        caption={t('links.title')}
        columns={columns}
        list={list}
        loadingLabel={t('links.loading')}
        errorTitle={t('links.loadFailed')}
        empty={<EmptyState title={t('links.empty')} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
      {revoking ? (
        <ConfirmDialog
          open
          danger
          title={t('links.revokeTitle')}
          confirmLabel={t('links.revoke')}
          onClose={() => setRevoking(undefined)}
          onConfirm={async () => {
            await revoke.mutateAsync(revoking.id);
            toast.show(t('links.revoked'));
          }}
        >
          <p>{t('links.revokeExplain', { name: revoking.contact_name, email: revoking.email })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
