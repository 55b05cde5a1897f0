import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import type { ZodForm } from '../../../ui/forms/useZodForm.ts';
import { emptyContact, type newCustomerSchema } from './customer-form.ts';

/** Contact persons of a new customer: one fieldset per person, exactly one primary. */
export function ContactRowsEditor({ form }: { form: ZodForm<typeof newCustomerSchema> }) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = form;
  const rows = useFieldArray({ control, name: 'contacts' });
  const contacts = useWatch({ control, name: 'contacts' });
  const makePrimary = (primary: number) => getValues('contacts').forEach((_, index) => setValue(`contacts.${index}.is_primary`, index === primary));
  const remove = (index: number) => {
    const wasPrimary = getValues(`contacts.${index}.is_primary`);
    rows.remove(index);
    if (wasPrimary && getValues('contacts').length > 0) setValue('contacts.0.is_primary', true);
  };
  return (
    <fieldset className="ui-fieldset">
      <legend>{t('newCustomer.contacts')}</legend>
      {rows.fields.length === 0 ? <p className="ui-muted">{t('newCustomer.noContacts')}</p> : null}
      {rows.fields.map((row, index) => (
        <div key={row.id} className="admin-contact-row" role="group" aria-label={t('newCustomer.contactNumber', { number: index + 1 })}>
          <div className="ui-grid-2">
            <FormTextInput control={control} name={`contacts.${index}.first_name`} label={t('contact.firstName')} required />
            <FormTextInput control={control} name={`contacts.${index}.last_name`} label={t('contact.lastName')} />
            <FormTextInput control={control} name={`contacts.${index}.email`} label={t('contact.email')} type="email" />
            <FormTextInput control={control} name={`contacts.${index}.phone`} label={t('contact.phone')} type="tel" />
          </div>
          <div className="admin-contact-row__actions">
            <label className="admin-radio">
              <input type="radio" name="primary-contact" checked={contacts[index]?.is_primary ?? false} onChange={() => makePrimary(index)} />
              {t('contact.primary')}
            </label>
            <Button size="small" variant="ghost" onClick={() => remove(index)}>
              {t('newCustomer.removeContact', { number: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button size="small" onClick={() => rows.append(emptyContact(rows.fields.length === 0))}>
        {t('newCustomer.addContact')}
      </Button>
    </fieldset>
  );
}
