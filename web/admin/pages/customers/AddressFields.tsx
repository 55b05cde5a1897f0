import { useTranslation } from 'react-i18next';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { addressFields, type AddressField } from './customer-form.ts';

const autoComplete: Record<AddressField, string> = {
  attention: 'off',
  street: 'street-address',
  city: 'address-level2',
  state: 'address-level1',
  postal_code: 'postal-code',
  country: 'country-name',
};

/** The six fields of an address held by the form under `name` (`billing`, `shipping`). */
export function AddressFields<Values extends FieldValues>({ legend, control, name }: { legend: string; control: Control<Values, unknown, unknown>; name: 'billing' | 'shipping' }) {
  const { t } = useTranslation();
  return (
    <fieldset className="ui-fieldset">
      <legend>{legend}</legend>
      <div className="ui-grid-2">
        {addressFields.map((field) => (
          <FormTextInput key={field} control={control} name={`${name}.${field}` as Path<Values>} label={t(`address.${field}`)} autoComplete={autoComplete[field]} />
        ))}
      </div>
    </fieldset>
  );
}
