import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { ContactPerson, Customer } from '../../lib/types.ts';
import { ContactFormDialog } from './ContactFormDialog.tsx';
import { PermissionsDialog } from './PermissionsDialog.tsx';
import { PortalStatusBadge } from './PortalStatusBadge.tsx';

type Open = { kind: 'add' } | { kind: 'edit' | 'permissions' | 'revoke'; contact: ContactPerson } | null;

/** Contact persons with their portal status and the per-contact portal actions. */
export function ContactsCard({ customer, onChanged }: { customer: Customer; onChanged: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const [reinviting, setReinviting] = useState<string>();
  const contacts = customer.contact_persons;

  const reinvite = async (contact: ContactPerson) => {
    setReinviting(contact.id);
    try {
      await api.post(`/contact-persons/${contact.id}/reinvite`);
      toast.show(t('contacts.reinvited', { name: contact.name, email: contact.email }));
      onChanged();
    } catch (failure) {
      toast.show(errorMessage(t, failure), 'danger');
    } finally {
      setReinviting(undefined);
    }
  };

  return (
    <section className="ui-card" aria-labelledby="contacts-heading">
      <div className="admin-card-header">
        <h2 id="contacts-heading">{t('contacts.title')}</h2>
        <Button size="small" onClick={() => setOpen({ kind: 'add' })}>
          {t('contacts.add')}
        </Button>
      </div>
      {contacts.length === 0 ? (
        <EmptyState title={t('contacts.empty')} description={t('contacts.emptyHint')} />
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t('contacts.name')}</th>
                <th scope="col">{t('contact.email')}</th>
                <th scope="col" className="admin-hide-narrow">{t('contact.phone')}</th>
                <th scope="col">{t('contacts.portalStatus')}</th>
                <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id}>
                  <th scope="row" className="admin-row-head">
                    {contact.name}
                    {contact.is_primary ? (
                      <>
                        {' '}
                        <StatusBadge tone="info">{t('contact.primary')}</StatusBadge>
                      </>
                    ) : null}
                  </th>
                  <td>{contact.email ?? <span className="ui-muted">{t('contacts.noEmail')}</span>}</td>
                  <td className="admin-hide-narrow">{contact.phone ?? ''}</td>
                  <td>
                    <PortalStatusBadge portal={contact.portal} />
                  </td>
                  <td className="ui-col-actions">
                    <div className="admin-row-actions">
                      {contact.portal.enabled && contact.email && contact.portal.status !== 'accepted' ? (
                        <Button size="small" busy={reinviting === contact.id} onClick={() => void reinvite(contact)} aria-label={t('contacts.reinviteNamed', { name: contact.name })}>
                          {t('contacts.reinvite')}
                        </Button>
                      ) : null}
                      <Button size="small" onClick={() => setOpen({ kind: 'permissions', contact })} aria-label={t('contacts.permissionsNamed', { name: contact.name })}>
                        {t('contacts.permissions')}
                      </Button>
                      <Button size="small" onClick={() => setOpen({ kind: 'edit', contact })} aria-label={t('contacts.editNamed', { name: contact.name })}>
                        {t('common.edit')}
                      </Button>
                      <Button size="small" variant="ghost" onClick={() => setOpen({ kind: 'revoke', contact })} aria-label={t('contacts.revokeAllNamed', { name: contact.name })}>
                        {t('contacts.revokeAll')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ContactFormDialog
        open={open?.kind === 'add' || open?.kind === 'edit'}
        customerId={customer.id}
        contact={open?.kind === 'edit' ? open.contact : undefined}
        onClose={() => setOpen(null)}
        onSaved={onChanged}
      />
      <PermissionsDialog open={open?.kind === 'permissions'} contact={open?.kind === 'permissions' ? open.contact : undefined} onClose={() => setOpen(null)} onSaved={onChanged} />
      {open?.kind === 'revoke' ? (
        <ConfirmDialog
          open
          danger
          title={t('contacts.revokeTitle', { name: open.contact.name })}
          confirmLabel={t('contacts.revokeConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            const answer = await api.post<{ revoked_links: number; ended_sessions: number }>(`/contact-persons/${open.contact.id}/revoke-all`);
            toast.show(t('contacts.revoked', { links: answer.revoked_links, sessions: answer.ended_sessions }));
            onChanged();
          }}
        >
          <p>{t('contacts.revokeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
