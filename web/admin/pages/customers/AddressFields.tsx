import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../ui/components/index.ts';
import type { Address } from '../../lib/types.ts';

const fields = ['attention', 'street', 'city', 'state', 'postal_code', 'country'] as const;
const autoComplete: Record<(typeof fields)[number], string> = {
  attention: 'off',
  street: 'street-address',
  city: 'address-level2',
  state: 'address-level1',
  postal_code: 'postal-code',
  country: 'country-name',
};

export function AddressFields({ legend, value, onChange }: { legend: string; value: Address; onChange: (address: Address) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="ui-fieldset">
      <legend>{legend}</legend>
      <div className="ui-grid-2">
        {fields.map((field) => (
          <TextInput
            key={field}
            label={t(`address.${field}`)}
            autoComplete={autoComplete[field]}
            value={value[field] ?? ''}
            onChange={(event) => onChange({ ...value, [field]: event.target.value })}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Empty strings dropped; an address with nothing in it is null. */
export function cleanAddress(address: Address): Address | null {
  const entries = Object.entries(address).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
  return entries.length ? (Object.fromEntries(entries.map(([k, v]) => [k, (v as string).trim()])) as Address) : null;
}
