import { useTranslation } from 'react-i18next';
import type { Control } from 'react-hook-form';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { addressFields, type CompanyValues } from './company-form.ts';
import type { Address } from './queries.ts';

/** An address as lines, the way it is written on an envelope. */
export function AddressText({ address }: { address: Address | null }) {
  const { t } = useTranslation();
  const lines = [address?.attention, address?.street, [address?.postal_code, address?.city].filter(Boolean).join(' '), address?.state, address?.country].filter(
    (line): line is string => Boolean(line?.trim()),
  );
  if (lines.length === 0) return <span className="ui-muted">{t('company.none')}</span>;
  return <span className="p-pre-line">{lines.join('\n')}</span>;
}

/** The fields of one of the company's addresses. */
export function AddressFieldset({ legend, control, name }: { legend: string; control: Control<CompanyValues, unknown, unknown>; name: 'billing' | 'shipping' }) {
  const { t } = useTranslation();
  return (
    <fieldset className="ui-fieldset">
      <legend>{legend}</legend>
      <div className="p-field-row">
        {addressFields.map((field) => (
          <FormTextInput
            key={field}
            control={control}
            name={`${name}.${field}`}
            label={t(`company.address.${field}`)}
            fieldClassName={field === 'street' || field === 'attention' ? 'p-span-2' : undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
