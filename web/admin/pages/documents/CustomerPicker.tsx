import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextInput } from '../../../ui/components/index.ts';
import { adminClient } from '../../lib/client.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { customerKeys, type CustomerSummary } from '../customers/queries.ts';

/** What a picked customer is to the pages: a list row, or a customer fetched by id (its link's `?customer=`). */
export type PickedCustomer = Pick<CustomerSummary, 'id' | 'display_name' | 'currency'>;

interface CustomerPickerProps {
  value: PickedCustomer | undefined;
  onChange: (customer: PickedCustomer | undefined) => void;
  error?: string;
  required?: boolean;
  /** Label of the choice (default "Customer"). */
  label?: string;
  /** An "All customers" choice at the top, for filters. */
  allowAll?: boolean;
}

/** Search by name, then pick from the matches: works with a keyboard and a screen reader as plain fields. */
export function CustomerPicker({ value, onChange, error, required, label, allowAll }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 250);
  const found = useQuery({
    // Its own key: the customers page keeps paged lists under `list({ search })`.
    queryKey: customerKeys.list({ picker: true, search: debounced }),
    queryFn: ({ signal }) => adminClient.get('/customers', { params: { query: { limit: 50, search: debounced || undefined } }, signal }),
  });
  const choices = useMemo<PickedCustomer[]>(() => {
    const list = found.data?.data ?? [];
    return value && !list.some((c) => c.id === value.id) ? [value, ...list] : list;
  }, [found.data, value]);

  return (
    <div className="admin-picker">
      <TextInput type="search" label={t('picker.findCustomer')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-picker__search" autoComplete="off" />
      <Select
        label={label ?? t('picker.customer')}
        required={required}
        value={value?.id ?? ''}
        error={error}
        fieldClassName="admin-picker__select"
        hint={found.isFetching && !found.data ? t('common.loading') : found.data && choices.length === 0 ? t('picker.noMatch') : undefined}
        onChange={(event) => onChange(choices.find((c) => c.id === event.target.value))}
        options={[{ value: '', label: allowAll ? t('picker.allCustomers') : t('picker.choose') }, ...choices.map((c) => ({ value: c.id, label: `${c.display_name} · ${c.currency}` }))]}
      />
    </div>
  );
}
