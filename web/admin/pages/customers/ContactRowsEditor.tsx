import { useTranslation } from 'react-i18next';
import { Button, TextInput } from '../../../ui/components/index.ts';
import { fieldError } from '../../lib/errors.ts';

export interface ContactRow {
  key: number;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  is_primary: boolean;
}

let nextKey = 1;
export function newContactRow(isPrimary: boolean): ContactRow {
  return { key: nextKey++, first_name: '', last_name: '', email: '', phone: '', is_primary: isPrimary };
}

interface ContactRowsEditorProps {
  rows: ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  error: unknown;
}

/** Contact persons of a new customer: one fieldset per person, exactly one primary. */
export function ContactRowsEditor({ rows, onChange, error }: ContactRowsEditorProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ContactRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const makePrimary = (key: number) => onChange(rows.map((row) => ({ ...row, is_primary: row.key === key })));
  const remove = (key: number) => {
    const rest = rows.filter((row) => row.key !== key);
    if (rest.length && !rest.some((row) => row.is_primary)) rest[0] = { ...rest[0]!, is_primary: true };
    onChange(rest);
  };
  return (
    <fieldset className="ui-fieldset">
      <legend>{t('newCustomer.contacts')}</legend>
      {rows.length === 0 ? <p className="ui-muted">{t('newCustomer.noContacts')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="admin-contact-row" role="group" aria-label={t('newCustomer.contactNumber', { number: index + 1 })}>
          <div className="ui-grid-2">
            <TextInput label={t('contact.firstName')} required value={row.first_name} onChange={(e) => update(row.key, { first_name: e.target.value })} error={fieldError(error, `contact_persons.${index}.first_name`)} />
            <TextInput label={t('contact.lastName')} value={row.last_name} onChange={(e) => update(row.key, { last_name: e.target.value })} />
            <TextInput label={t('contact.email')} type="email" value={row.email} onChange={(e) => update(row.key, { email: e.target.value })} error={fieldError(error, `contact_persons.${index}.email`)} />
            <TextInput label={t('contact.phone')} type="tel" value={row.phone} onChange={(e) => update(row.key, { phone: e.target.value })} />
          </div>
          <div className="admin-contact-row__actions">
            <label className="admin-radio">
              <input type="radio" name="primary-contact" checked={row.is_primary} onChange={() => makePrimary(row.key)} />
              {t('contact.primary')}
            </label>
            <Button size="small" variant="ghost" onClick={() => remove(row.key)}>
              {t('newCustomer.removeContact', { number: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button size="small" onClick={() => onChange([...rows, newContactRow(rows.length === 0)])}>
        {t('newCustomer.addContact')}
      </Button>
    </fieldset>
  );
}
