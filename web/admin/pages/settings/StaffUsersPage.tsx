import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { useSession } from '../../app/SessionContext.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { AddStaffDialog } from './AddStaffDialog.tsx';
import { fetchStaffUsers, staffKeys, staffRoles, updateStaffUser, type StaffRole, type StaffUpdate, type StaffUser } from './queries.ts';

const isRole = (value: string): value is StaffRole => (staffRoles as readonly string[]).includes(value);

export function StaffUsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.title'));
  const session = useSession();
  const toast = useToast();
  const users = useQuery({ queryKey: staffKeys.list({}), queryFn: ({ signal }) => fetchStaffUsers(signal) });
  const [adding, setAdding] = useState(false);
  const [disabling, setDisabling] = useState<StaffUser>();
  const change = useApiMutation({
    mutationFn: ({ user, patch }: { user: StaffUser; patch: StaffUpdate }) => updateStaffUser(user.id, patch),
    invalidates: [staffKeys.all],
    onSuccess: (updated, { user, patch }, _result, { client }) => {
      // The answer is the staff member as now (without `disabled`): shown at once, then read again.
      client.setQueryData<{ data: StaffUser[] }>(staffKeys.list({}), (list) => list && { data: list.data.map((u) => (u.id === user.id ? { ...u, ...updated, disabled: patch.disabled ?? u.disabled } : u)) });
      toast.show(t('staff.saved', { name: user.name }));
    },
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  const update = (user: StaffUser, patch: StaffUpdate) => change.mutateAsync({ user, patch });

  const columns: Column<StaffUser>[] = [
    {
      id: 'name',
      header: t('staff.name'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (user) => (
        <>
          {user.name}
          {user.id === session.user.id ? <span className="ui-muted ui-small"> ({t('staff.you')})</span> : null}
        </>
      ),
    },
    { id: 'email', header: t('staff.email'), cell: (user) => user.email },
    {
      id: 'role',
      header: t('staff.role'),
      cell: (user) => (
        <>
          <label className="ui-visually-hidden" htmlFor={`role-${user.id}`}>
            {t('staff.roleOf', { name: user.name })}
          </label>
          <select
            id={`role-${user.id}`}
            className="ui-input ui-select admin-inline-select"
            value={user.role}
            disabled={user.id === session.user.id || user.disabled}
            onChange={(e) => {
              if (isRole(e.target.value)) void update(user, { role: e.target.value }).catch(() => undefined);
            }}
          >
            {staffRoles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </>
      ),
    },
    {
      id: 'status',
      header: t('staff.status'),
      cell: (user) => (user.disabled ? <StatusBadge tone="danger">{t('staff.disabled')}</StatusBadge> : <StatusBadge tone="success">{t('staff.active')}</StatusBadge>),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (user) =>
        user.id === session.user.id ? null : user.disabled ? (
          <Button size="small" onClick={() => void update(user, { disabled: false }).catch(() => undefined)}>
            {t('staff.enable')}
          </Button>
        ) : (
          <Button size="small" variant="ghost" onClick={() => setDisabling(user)} aria-label={t('staff.disableNamed', { name: user.name })}>
            {t('staff.disable')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('staff.title')}</h1>
        <Button variant="primary" onClick={() => setAdding(true)}>
          {t('staff.add')}
        </Button>
      </div>
      <DataTable
        caption={t('staff.title')}
        columns={columns}
        rows={users.data?.data}
        status={users.status}
        error={users.error}
        onRetry={() => void users.refetch()}
        loadingLabel={t('staff.loading')}
        errorTitle={t('staff.loadFailed')}
        empty={<EmptyState title={t('staff.empty')} />}
      />
      <p className="ui-muted ui-small admin-roles-help">{t('staff.rolesHelp')}</p>
      <AddStaffDialog open={adding} onClose={() => setAdding(false)} />
      {disabling ? (
        <ConfirmDialog
          open
          danger
          title={t('staff.disableTitle', { name: disabling.name })}
          confirmLabel={t('staff.disable')}
          onClose={() => setDisabling(undefined)}
          onConfirm={async () => {
            await update(disabling, { disabled: true });
          }}
        >
          <p>{t('staff.disableExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
