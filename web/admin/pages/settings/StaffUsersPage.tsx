import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { useSession } from '../../app/SessionContext.tsx';
import { fetchAllPages } from '../../lib/all-pages.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { staffRoles, type StaffRole, type StaffUser } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { AddStaffDialog } from './AddStaffDialog.tsx';

export function StaffUsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.title'));
  const session = useSession();
  const toast = useToast();
  const users = useResource(() => fetchAllPages<StaffUser>('/staff-users'), 'staff');
  const [adding, setAdding] = useState(false);
  const [disabling, setDisabling] = useState<StaffUser>();

  const update = async (user: StaffUser, patch: { role?: StaffRole; disabled?: boolean }) => {
    try {
      const updated = await api.patch<StaffUser>(`/staff-users/${user.id}`, patch);
      users.setData({ data: (users.data?.data ?? []).map((u) => (u.id === user.id ? { ...u, ...updated, disabled: patch.disabled ?? u.disabled } : u)) });
      toast.show(t('staff.saved', { name: user.name }));
    } catch (failure) {
      toast.show(errorMessage(t, failure), 'danger');
      throw failure;
    }
  };

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('staff.title')}</h1>
        <Button variant="primary" onClick={() => setAdding(true)}>
          {t('staff.add')}
        </Button>
      </div>
      {users.loading && !users.data ? <Spinner label={t('staff.loading')} /> : null}
      {!users.loading && !users.data ? <ErrorState title={t('staff.loadFailed')} message={errorMessage(t, users.error)} retryLabel={t('common.retry')} onRetry={users.reload} /> : null}
      {users.data && users.data.data.length === 0 ? <EmptyState title={t('staff.empty')} /> : null}
      {users.data && users.data.data.length > 0 ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t('staff.name')}</th>
                <th scope="col">{t('staff.email')}</th>
                <th scope="col">{t('staff.role')}</th>
                <th scope="col">{t('staff.status')}</th>
                <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.data.map((user) => {
                const self = user.id === session.user.id;
                return (
                  <tr key={user.id}>
                    <th scope="row" className="admin-row-head">
                      {user.name}
                      {self ? <span className="ui-muted ui-small"> ({t('staff.you')})</span> : null}
                    </th>
                    <td>{user.email}</td>
                    <td>
                      <label className="ui-visually-hidden" htmlFor={`role-${user.id}`}>
                        {t('staff.roleOf', { name: user.name })}
                      </label>
                      <select id={`role-${user.id}`} className="ui-input ui-select admin-inline-select" value={user.role} disabled={self || user.disabled} onChange={(e) => void update(user, { role: e.target.value as StaffRole }).catch(() => undefined)}>
                        {staffRoles.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{user.disabled ? <StatusBadge tone="danger">{t('staff.disabled')}</StatusBadge> : <StatusBadge tone="success">{t('staff.active')}</StatusBadge>}</td>
                    <td className="ui-col-actions">
                      {self ? null : user.disabled ? (
                        <Button size="small" onClick={() => void update(user, { disabled: false }).catch(() => undefined)}>
                          {t('staff.enable')}
                        </Button>
                      ) : (
                        <Button size="small" variant="ghost" onClick={() => setDisabling(user)} aria-label={t('staff.disableNamed', { name: user.name })}>
                          {t('staff.disable')}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="ui-muted ui-small admin-roles-help">{t('staff.rolesHelp')}</p>
      <AddStaffDialog open={adding} onClose={() => setAdding(false)} onAdded={users.reload} />
      {disabling ? (
        <ConfirmDialog open danger title={t('staff.disableTitle', { name: disabling.name })} confirmLabel={t('staff.disable')} onClose={() => setDisabling(undefined)} onConfirm={() => update(disabling, { disabled: true })}>
          <p>{t('staff.disableExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
