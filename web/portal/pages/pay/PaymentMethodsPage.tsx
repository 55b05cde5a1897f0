import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Dialog } from '../../../ui/components/Dialog.tsx';
import { EmptyState, FormAlert, Notice, StatusBadge } from '../../../ui/components/Feedback.tsx';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { Checkbox } from '../../../ui/components/Field.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useMe } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { can } from '../../lib/permissions.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { CardEntryInvalid, type CardEntryHandle } from './card-entry.ts';
import { methodEditBody, methodEditDefaults, methodEditField, methodEditSchema } from './method-form.ts';
import { TestBankAccountFields, TestCardFields } from './NewMethodFields.tsx';
import { methodName } from './PaymentOutcome.tsx';
import {
  fetchPaymentMethods,
  fetchPaymentOptions,
  makeDefaultMethod,
  payKeys,
  paymentMethodKeys,
  paymentOptionsKey,
  removeMethod,
  saveMethod,
  updateMethod,
  type MethodType,
  type SavedMethod,
} from './queries.ts';

/** Every change to a saved method shows on this page and on the pay page. */
const methodChanges = [paymentMethodKeys.all, payKeys.all];

/** The account's saved cards and bank accounts: add, make default, edit expiry and billing address, remove. */
export function PaymentMethodsPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!can(me, 'pay')) {
    return (
      <>
        <PageHeader title={t('paymentMethods.title')} />
        <EmptyState title={t('pay.notAllowed')} />
      </>
    );
  }
  return <PaymentMethods />;
}

function PaymentMethods() {
  const { t } = useTranslation();
  const methods = useQuery({ queryKey: paymentMethodKeys.lists(), queryFn: ({ signal }) => fetchPaymentMethods(signal) });
  const options = useQuery({ queryKey: paymentOptionsKey, queryFn: ({ signal }) => fetchPaymentOptions(signal) });
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  const announce = (message: string) => {
    setDone(message);
    // The button pressed may be gone (a removed method): focus goes to the confirmation.
    window.requestAnimationFrame(() => doneRef.current?.focus());
  };
  const offered = options.data?.methods ?? [];
  const canAdd = options.data?.gateway === 'test' && offered.length > 0;

  return (
    <>
      <PageHeader title={t('paymentMethods.title')}>
        {canAdd ? (
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('paymentMethods.add')}
          </Button>
        ) : null}
      </PageHeader>
      <div ref={doneRef} tabIndex={-1} className="p-focus-target">
        {done ? <Notice tone="success">{done}</Notice> : null}
      </div>
      {methods.isPending ? <Loading /> : null}
      {methods.isError ? <LoadFailed message={errorMessage(t, methods.error)} onRetry={() => void methods.refetch()} /> : null}
      {methods.data && methods.data.length === 0 ? <EmptyState title={t('paymentMethods.empty')} description={t('paymentMethods.emptyHint')} /> : null}
      {methods.data && methods.data.length > 0 ? (
        <ul className="p-methods">
          {methods.data.map((method) => (
            <MethodItem key={method.id} method={method} announce={announce} />
          ))}
        </ul>
      ) : null}
      {adding ? <AddMethodDialog offered={offered} announce={announce} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

function MethodItem({ method, announce }: { method: SavedMethod; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const name = methodName(t, method);
  const makeDefault = useApiMutation({ mutationFn: () => makeDefaultMethod(method.id), invalidates: methodChanges, onSuccess: () => announce(t('paymentMethods.madeDefault', { name })) });
  return (
    <li className="p-card p-method">
      <div className="p-method__name">
        <span className="p-strong">{name}</span>
        {method.is_default ? <StatusBadge tone="info">{t('paymentMethods.default')}</StatusBadge> : null}
        {method.expired ? <StatusBadge tone="warning">{t('paymentMethods.expired')}</StatusBadge> : null}
      </div>
      <p className="ui-muted ui-small">
        {method.exp_month && method.exp_year ? t('paymentMethods.expires', { month: String(method.exp_month).padStart(2, '0'), year: method.exp_year }) : method.holder_name ?? ''}
      </p>
      <div className="ui-button-row">
        {!method.is_default && !method.expired ? (
          <Button size="small" busy={makeDefault.isPending} onClick={() => makeDefault.mutate()} aria-label={t('paymentMethods.makeDefaultOf', { name })}>
            {t('paymentMethods.makeDefault')}
          </Button>
        ) : null}
        <Button size="small" onClick={() => setEditing(true)} aria-label={t('paymentMethods.editOf', { name })}>
          {t('paymentMethods.edit.open')}
        </Button>
        <Button size="small" variant="danger" onClick={() => setRemoving(true)} aria-label={t('paymentMethods.removeOf', { name })}>
          {t('paymentMethods.remove.open')}
        </Button>
      </div>
      {makeDefault.isError ? <FormAlert message={errorMessage(t, makeDefault.error)} /> : null}
      <EditMethodDialog method={method} open={editing} onClose={() => setEditing(false)} />
      {removing ? <RemoveMethodDialog method={method} announce={announce} onClose={() => setRemoving(false)} /> : null}
    </li>
  );
}

function EditMethodDialog({ method, open, onClose }: { method: SavedMethod; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(methodEditSchema, { defaultValues: methodEditDefaults(method) });
  const update = useApiMutation({ mutationFn: (values: Parameters<typeof methodEditBody>[1]) => updateMethod(method.id, methodEditBody(method, values)), invalidates: methodChanges });
  return (
    <FormDialog
      open={open}
      title={t('paymentMethods.edit.title', { name: methodName(t, method) })}
      form={form}
      submitLabel={t('paymentMethods.edit.submit')}
      onSubmit={(values) => update.mutateAsync(values)}
      onClose={onClose}
      fieldName={methodEditField}
    >
      {method.type === 'card' ? <FormTextInput control={form.control} name="expiry" label={t('pay.card.expiry')} hint={t('pay.card.expiryHint')} inputMode="numeric" autoComplete="cc-exp" /> : null}
      <fieldset className="p-pay-address">
        <legend className="p-strong">{t('paymentMethods.edit.address')}</legend>
        <FormTextInput control={form.control} name="line1" label={t('paymentMethods.edit.line1')} autoComplete="address-line1" />
        <FormTextInput control={form.control} name="line2" label={t('paymentMethods.edit.line2')} autoComplete="address-line2" />
        <FormTextInput control={form.control} name="city" label={t('paymentMethods.edit.city')} autoComplete="address-level2" />
        <FormTextInput control={form.control} name="state" label={t('paymentMethods.edit.state')} autoComplete="address-level1" />
        <FormTextInput control={form.control} name="postal_code" label={t('paymentMethods.edit.postalCode')} autoComplete="postal-code" />
        <FormTextInput control={form.control} name="country" label={t('paymentMethods.edit.country')} hint={t('paymentMethods.edit.countryHint')} autoComplete="country" maxLength={2} />
      </fieldset>
    </FormDialog>
  );
}

function RemoveMethodDialog({ method, announce, onClose }: { method: SavedMethod; announce: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const name = methodName(t, method);
  const remove = useApiMutation({ mutationFn: () => removeMethod(method.id), invalidates: methodChanges, onSuccess: () => announce(t('paymentMethods.remove.done', { name })) });
  return (
    <Dialog
      open
      title={t('paymentMethods.remove.title', { name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
            {t('paymentMethods.remove.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('paymentMethods.remove.text')}</p>
      <FormAlert message={remove.isError ? errorMessage(t, remove.error) : undefined} />
    </Dialog>
  );
}

function AddMethodDialog({ offered, announce, onClose }: { offered: MethodType[]; announce: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<MethodType>(offered.includes('card') ? 'card' : 'bank_account');
  const [makeDefault, setMakeDefault] = useState(false);
  const entry = useRef<CardEntryHandle>(null);
  const add = useApiMutation({
    mutationFn: async () => {
      if (!entry.current) throw new CardEntryInvalid();
      const token = await entry.current.tokenize();
      return saveMethod(token.id, makeDefault);
    },
    invalidates: methodChanges,
    onSuccess: (saved) => {
      onClose();
      announce(t('paymentMethods.added', { name: methodName(t, saved) }));
    },
  });
  const failure = add.error && !(add.error instanceof CardEntryInvalid) ? errorMessage(t, add.error) : undefined;
  return (
    <Dialog
      open
      title={t('paymentMethods.addTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="add-method-form" variant="primary" busy={add.isPending}>
            {t('paymentMethods.save')}
          </Button>
        </>
      }
    >
      <form
        id="add-method-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!add.isPending) add.mutate();
        }}
      >
        {offered.length > 1 ? (
          <fieldset className="p-choice-list">
            <legend className="p-strong">{t('paymentMethods.type')}</legend>
            {offered.map((option) => (
              <label key={option} className="p-pay-radio">
                <input type="radio" name="method-type" checked={type === option} onChange={() => setType(option)} />
                <span>{option === 'card' ? t('pay.method.newCard') : t('pay.method.newBank')}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {type === 'card' ? <TestCardFields key="card" ref={entry} disabled={add.isPending} /> : <TestBankAccountFields key="bank" ref={entry} disabled={add.isPending} />}
        <Checkbox label={t('paymentMethods.makeDefaultNew')} checked={makeDefault} onChange={(event) => setMakeDefault(event.target.checked)} />
        <FormAlert message={failure} />
      </form>
    </Dialog>
  );
}
