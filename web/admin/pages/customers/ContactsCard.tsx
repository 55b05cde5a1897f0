import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { ContactFormDialog } from './ContactFormDialog.tsx';
import { PermissionsDialog } from './PermissionsDialog.tsx';
import { PortalStatusBadge } from './PortalStatusBadge.tsx';
import { customerKeys, type ContactPerson, type Customer } from './queries.ts';

type Open = { kind: 'add' } | { kind: 'edit' | 'permissions' | 'revoke'; contact: ContactPerson } | null;

/** Contact persons with their portal status and the per-contact portal actions. */
export function ContactsCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const contacts = customer.contact_persons;
  // Both change the contact's portal status, which the customer's answer carries.
  const changes = [customerKeys.detail(customer.id)];
  const reinvite = useApiMutation({
    mutationFn: (contact: ContactPerson) => adminClient.post('/contact-persons/{id}/reinvite', { params: { path: { id: contact.id } } }),
    invalidates: changes,
    onSuccess: (_, contact) => toast.show(t('contacts.reinvited', { name: contact.name, email: contact.email })),
    onError: (failure) => toast.show(errorMessage(t, failure), 'danger'),
  });
  const revoke = useApiMutation({
    mutationFn: (contact: ContactPerson) => adminClient.post('/contact-persons/{id}/revoke-all', { params: { path: { id: contact.id } } }),
    invalidates: changes,
    onSuccess: (answer) => toast.show(t('contacts.revoked', { links: answer.revoked_links, sessions: answer.ended_sessions })),
  });
  const reinviting = reinvite.isPending ? reinvite.variables?.id : undefined;

  const columns: Column<ContactPerson>[] = [
    {
      id: 'name',
      header: t('contacts.name'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (contact) => (
        <>
          {contact.name}
          {contact.is_primary ? (
            <>
              {' '}
              <StatusBadge tone="info">{t('contact.primary')}</StatusBadge>
            </>
          ) : null}
        </>
      ),
    },
    { id: 'email', header: t('contact.email'), cell: (contact) => contact.email ?? <span className="ui-muted">{t('contacts.noEmail')}</span> },
    { id: 'phone', header: t('contact.phone'), className: 'admin-hide-narrow', cell: (contact) => contact.phone ?? '' },
    { id: 'portal', header: t('contacts.portalStatus'), cell: (contact) => <PortalStatusBadge portal={contact.portal} /> },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (contact) => (
        <div className="admin-row-actions">
          {contact.portal.enabled && contact.email && contact.portal.status !== 'accepted' ? (
            <Button size="small" busy={reinviting === contact.id} onClick={() => reinvite.mutate(contact)} aria-label={t('contacts.reinviteNamed', { name: contact.name })}>
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
      ),
    },
  ];

  return (
    <section className="ui-card" aria-labelledby="contacts-heading">
      <div className="admin-card-header">
        <h2 id="contacts-heading">{t('contacts.title')}</h2>
        <Button size="small" onClick={() => setOpen({ kind: 'add' })}>
          {t('contacts.add')}
        </Button>
      </div>
      <DataTable
        caption={t('contacts.title')}
        columns={columns}
        rows={contacts}
        empty={<EmptyState title={t('contacts.empty')} description={t('contacts.emptyHint')} />}
        errorTitle={t('contacts.title')}
      />
      <ContactFormDialog
        open={open?.kind === 'add' || open?.kind === 'edit'}
        customerId={customer.id}
        contact={open?.kind === 'edit' ? open.contact : undefined}
        onClose={() => setOpen(null)}
      />
      <PermissionsDialog open={open?.kind === 'permissions'} contact={open?.kind === 'permissions' ? open.contact : undefined} onClose={() => setOpen(null)} />
      {open?.kind === 'revoke' ? (
        <ConfirmDialog
          open
          danger
          title={t('contacts.revokeTitle', { name: open.contact.name })}
          confirmLabel={t('contacts.revokeConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await revoke.mutateAsync(open.contact);
          }}
        >
          <p>{t('contacts.revokeExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
