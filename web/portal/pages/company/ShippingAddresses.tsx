import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Dialog } from '../../../ui/components/Dialog.tsx';
import { FormAlert, Notice, StatusBadge } from '../../../ui/components/Feedback.tsx';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormCheckbox, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { shippingAddressSchema, shippingAddressUpdate, shippingAddressValues } from './shipping-address-form.ts';
import {
  fetchShippingAddresses,
  makeDefaultShippingAddress,
  removeShippingAddress,
  saveShippingAddress,
  shippingAddressKeys,
  type CompanyShippingAddress,
} from './queries.ts';

const changes = [shippingAddressKeys.all];

/**
 * The addresses the company's orders can ship to, the default first. Contacts who may edit the company
 * add, change, remove them and choose the default; the business is told of each change.
 */
export function ShippingAddresses({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const addresses = useQuery({ queryKey: shippingAddressKeys.lists(), queryFn: ({ signal }) => fetchShippingAddresses(signal) });
  const [editing, setEditing] = useState<{ address?: CompanyShippingAddress } | null>(null);
  const [done, setDone] = useState<string | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  const announce = (message: string) => {
    setDone(message);
    // The button pressed may be gone (a removed address): focus goes to the confirmation.
    window.requestAnimationFrame(() => doneRef.current?.focus());
  };
  const rows = addresses.data ?? [];
  const stored = rows.filter((address) => address.stored);

  let body;
  if (addresses.isPending) body = <Loading />;
  else if (addresses.isError) body = <LoadFailed message={errorMessage(t, addresses.error)} onRetry={() => void addresses.refetch()} />;
  else if (rows.length === 0) body = <p className="ui-muted">{t('company.shipping.empty')}</p>;
  else {
    body = (
      <ul className="p-address-list">
        {rows.map((address) => (
          <AddressItem key={address.id} address={address} canEdit={canEdit} announce={announce} onEdit={() => setEditing({ address })} />
        ))}
      </ul>
    );
  }

  return (
    <section className="p-card" aria-labelledby="shipping-addresses-heading">
      <div className="p-card__header">
        <h2 id="shipping-addresses-heading" className="p-card__title">
          {t('company.shipping.title')}
        </h2>
        {canEdit ? (
          <Button size="small" onClick={() => setEditing({})}>
            {t('company.shipping.add')}
          </Button>
        ) : null}
      </div>
      <p className="ui-muted ui-small">{t('company.shipping.explain')}</p>
      <div ref={doneRef} tabIndex={-1} className="p-focus-target">
        {done ? <Notice tone="success">{done}</Notice> : null}
      </div>
      {body}
      {editing ? <AddressDialog address={editing.address} first={stored.length === 0} announce={announce} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}

function AddressItem({ address, canEdit, announce, onEdit }: { address: CompanyShippingAddress; canEdit: boolean; announce: (message: string) => void; onEdit: () => void }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const label = address.label ?? t('company.shipping.companyAddress');
  const makeDefault = useApiMutation({ mutationFn: () => makeDefaultShippingAddress(address.id), invalidates: changes, onSuccess: () => announce(t('company.shipping.madeDefault', { label })) });
  return (
    <li className="p-address-item">
      <div className="p-address-item__name">
        <span className="p-strong">{label}</span> {address.is_default ? <StatusBadge tone="info">{t('company.shipping.default')}</StatusBadge> : null}
      </div>
      <p className="p-pre-line">{address.address_lines.join('\n')}</p>
      {!address.stored ? <p className="ui-muted ui-small">{t('company.shipping.companyAddressHint')}</p> : null}
      {canEdit && address.stored ? (
        <div className="ui-button-row">
          {!address.is_default ? (
            <Button size="small" busy={makeDefault.isPending} onClick={() => makeDefault.mutate()} aria-label={t('company.shipping.makeDefaultOf', { label })}>
              {t('company.shipping.makeDefault')}
            </Button>
          ) : null}
          <Button size="small" onClick={onEdit} aria-label={t('company.shipping.editOf', { label })}>
            {t('company.shipping.edit')}
          </Button>
          <Button size="small" variant="danger" onClick={() => setRemoving(true)} aria-label={t('company.shipping.removeOf', { label })}>
            {t('company.shipping.remove')}
          </Button>
        </div>
      ) : null}
      {makeDefault.isError ? <FormAlert message={errorMessage(t, makeDefault.error)} /> : null}
      {removing ? <RemoveDialog address={address} label={label} announce={announce} onClose={() => setRemoving(false)} /> : null}
    </li>
  );
}

function AddressDialog({ address, first, announce, onClose }: { address: CompanyShippingAddress | undefined; first: boolean; announce: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(shippingAddressSchema, { defaultValues: shippingAddressValues(address, first), mode: 'onTouched' });
  const save = useApiMutation({
    mutationFn: (body: Parameters<typeof shippingAddressUpdate>[1]) => saveShippingAddress(address?.id, shippingAddressUpdate(address, body)),
    invalidates: changes,
  });
  return (
    <FormDialog
      open
      title={address ? t('company.shipping.editTitle', { label: address.label }) : t('company.shipping.addTitle')}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (body) => {
        const saved = await save.mutateAsync(body);
        announce(t('company.shipping.saved', { label: saved.label }));
      }}
    >
      <FormTextInput control={form.control} name="label" label={t('company.shipping.label')} hint={t('company.shipping.labelHint')} required autoComplete="off" maxLength={100} />
      <FormTextArea control={form.control} name="address" label={t('company.shipping.address')} required rows={4} autoComplete="shipping street-address" />
      <FormCheckbox control={form.control} name="is_default" label={t('company.shipping.useAsDefault')} disabled={address?.is_default} />
    </FormDialog>
  );
}

function RemoveDialog({ address, label, announce, onClose }: { address: CompanyShippingAddress; label: string; announce: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useApiMutation({ mutationFn: () => removeShippingAddress(address.id), invalidates: changes, onSuccess: () => announce(t('company.shipping.removed', { label })) });
  return (
    <Dialog
      open
      title={t('company.shipping.removeTitle', { label })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
            {t('company.shipping.remove')}
          </Button>
        </>
      }
    >
      <p>{t('company.shipping.removeExplain')}</p>
      <FormAlert message={remove.isError ? errorMessage(t, remove.error) : undefined} />
    </Dialog>
  );
}
