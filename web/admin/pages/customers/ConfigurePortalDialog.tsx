import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button, Dialog, FormAlert, StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { FormCheckbox } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { customerKeys, type Customer, type PortalAccessOutcome, type PortalAccessResult } from './queries.ts';

const tones: Record<PortalAccessOutcome, Tone> = { invited: 'success', disabled: 'warning', unchanged: 'neutral', refused: 'danger' };

/** One checkbox per contact person, in the customer's order (ids are not field names). */
const accessSchema = z.object({ access: z.array(z.boolean()) });

interface ConfigurePortalDialogProps {
  open: boolean;
  customer: Customer;
  onClose: () => void;
}

/** The set of contacts with portal access: new ones are invited, removed ones lose access at once. */
export function ConfigurePortalDialog({ open, customer, onClose }: ConfigurePortalDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const contacts = customer.contact_persons;
  const form = useZodForm(accessSchema, { defaultValues: { access: contacts.map((c) => c.portal.enabled) } });
  const [results, setResults] = useState<PortalAccessResult[]>();
  const save = useApiMutation({
    mutationFn: (contactPersonIds: string[]) => adminClient.put('/customers/{id}/portal-access', { params: { path: { id: customer.id } }, body: { contact_person_ids: contactPersonIds } }),
    invalidates: [customerKeys.detail(customer.id), customerKeys.lists()],
  });
  const submit = useServerSubmit(form, async ({ access }) => {
    const answer = await save.mutateAsync(contacts.filter((_, index) => access[index]).map((c) => c.id));
    setResults(answer.results);
  });
  // Reset when the dialog opens only: the customer reloads after a save, and the results must stay.
  const customerRef = useRef(customer);
  customerRef.current = customer;
  useEffect(() => {
    if (!open) return;
    form.reset({ access: customerRef.current.contact_persons.map((c) => c.portal.enabled) });
    setResults(undefined);
    // Only the opening matters; the form object is stable.
  }, [open]);

  const nameOf = (id: string) => contacts.find((c) => c.id === id)?.name ?? id;
  return (
    <Dialog
      open={open}
      title={t('portalAccess.title', { name: customer.display_name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      size="wide"
      footer={
        results ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={form.formState.isSubmitting} disabled={contacts.length === 0}>
              {t('portalAccess.save')}
            </Button>
          </>
        )
      }
    >
      {results ? (
        <div role="status">
          <p>{t('portalAccess.resultsIntro')}</p>
          <ul className="admin-result-list">
            {results.map((result) => (
              <li key={result.contact_person_id}>
                <strong>{nameOf(result.contact_person_id)}</strong> <StatusBadge tone={tones[result.outcome]}>{t(`portalAccess.outcome.${result.outcome}`)}</StatusBadge>
                {result.reason_code || result.reason ? <div className="ui-small ui-muted">{result.reason_code ? t(`portalAccess.reasons.${result.reason_code}`) : result.reason}</div> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : contacts.length === 0 ? (
        <p>{t('portalAccess.noContacts')}</p>
      ) : (
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert message={formErrorMessage(form)} />
          <fieldset className="ui-fieldset">
            <legend>{t('portalAccess.legend')}</legend>
            {contacts.map((contact, index) => (
              <FormCheckbox
                key={contact.id}
                control={form.control}
                name={`access.${index}`}
                label={contact.email ? `${contact.name} · ${contact.email}` : contact.name}
                hint={contact.email ? undefined : t('portalAccess.noEmailHint')}
              />
            ))}
            <p className="ui-muted ui-small">{t('portalAccess.explain')}</p>
          </fieldset>
        </form>
      )}
    </Dialog>
  );
}
