import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Select, TextInput } from '../../../ui/components/Field.tsx';

/** The list's query in the address, so emails and the dashboard can link to a filtered list. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  return { params, update };
}

/** The filters as a row of links: each one a real address, the current one marked. */
export function FilterTabs({ filters, current, labelKey, label }: { filters: readonly string[]; current: string; labelKey: string; label: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <nav aria-label={label} className="p-filters">
      <ul>
        {filters.map((filter) => {
          const next = new URLSearchParams(params);
          if (filter === filters[0]) next.delete('filter');
          else next.set('filter', filter);
          const search = next.toString();
          return (
            <li key={filter}>
              <Link to={{ search: search ? `?${search}` : '' }} replace className="p-filters__link" aria-current={filter === current ? 'true' : undefined}>
                {t(`${labelKey}.${filter}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Search (by number unless labelled otherwise): the address follows the typing a moment later. */
export function SearchBox({ value, onSearch, label }: { value: string; onSearch: (text: string) => void; label?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), 350);
    return () => window.clearTimeout(timer);
    // onSearch changes every render; the text is what matters.
  }, [text, value]);
  return (
    <form
      role="search"
      className="p-list-controls__search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <TextInput label={label ?? t('docs.search')} type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
    </form>
  );
}

export function SortSelect({ value, sorts, onSort }: { value: string; sorts: readonly string[]; onSort: (sort: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('docs.sortBy')}
      fieldClassName="p-list-controls__sort"
      value={value}
      onChange={(event) => onSort(event.target.value)}
      options={sorts.map((sort) => ({ value: sort, label: t(`docs.sorts.${sort}`) }))}
    />
  );
}
