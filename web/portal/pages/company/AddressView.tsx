import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../ui/components/Field.tsx';
import type { Address } from '../../lib/types.ts';

export const addressFields = ['attention', 'street', 'city', 'state', 'postal_code', 'country'] as const;

/** An address as lines, the way it is written on an envelope. */
export function AddressText({ address }: { address: Address | null }) {
  const { t } = useTranslation();
  const lines = [address?.attention, address?.street, [address?.postal_code, address?.city].filter(Boolean).join(' '), address?.state, address?.country].filter(
    (line): line is string => Boolean(line?.trim()),
  );
  if (lines.length === 0) return <span className="ui-muted">{t('company.none')}</span>;
  return <span className="p-pre-line">{lines.join('\n')}</span>;
}

export function AddressFieldset({ legend, value, onChange }: { legend: string; value: Address; onChange: (next: Address) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="ui-fieldset">
      <legend>{legend}</legend>
      <div className="p-field-row">
        {addressFields.map((field) => (
          <TextInput
            key={field}
            label={t(`company.address.${field}`)}
            fieldClassName={field === 'street' || field === 'attention' ? 'p-span-2' : undefined}
            value={value[field] ?? ''}
            onChange={(event) => onChange({ ...value, [field]: event.target.value })}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Empty strings dropped, and an empty address sent as null. */
export function cleanAddress(address: Address): Address | null {
  const entries = Object.entries(address)
    .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value] as const)
    .filter(([, value]) => Boolean(value));
  return entries.length ? (Object.fromEntries(entries)) : null;
}
