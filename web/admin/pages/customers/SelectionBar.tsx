import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notice } from '../../../ui/components/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { CustomerPage, CustomerSummary } from './queries.ts';

const maxBulk = 1000;

interface SelectionBarProps {
  selected: Set<string>;
  loaded: CustomerSummary[];
  search: string;
  /** `names`: display names of customers fetched while selecting, for the outcome list. */
  onSelect: (ids: Set<string>, names?: Map<string, string>) => void;
  onBulkEnable: () => void;
}

/** Selection count and actions; "select all matching" pages through every customer of the search. */
export function SelectionBar({ selected, loaded, search, onSelect, onBulkEnable }: SelectionBarProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const selectAllMatching = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const ids = new Set(selected);
      const names = new Map<string, string>();
      let cursor: string | null = null;
      do {
        const page: CustomerPage = await adminClient.get('/customers', { params: { query: { limit: 100, search: search || undefined, cursor: cursor ?? undefined } } });
        for (const customer of page.data) {
          ids.add(customer.id);
          names.set(customer.id, customer.display_name);
        }
        cursor = page.next_cursor;
      } while (cursor && ids.size < maxBulk);
      onSelect(ids, names);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  const count = selected.size;
  return (
    <div className="admin-selection" aria-label={t('customers.selection')} role="region">
      <span className="admin-selection__count" aria-live="polite">
        {count > 0 ? t('customers.selectedCount', { count, formatted: formatNumber(count, i18n.language) }) : t('customers.noneSelected')}
      </span>
      <div className="ui-button-row">
        <Button size="small" onClick={() => void selectAllMatching()} busy={busy} disabled={loaded.length === 0}>
          {search ? t('customers.selectAllMatching') : t('customers.selectAll')}
        </Button>
        {count > 0 ? (
          <>
            <Button size="small" variant="ghost" onClick={() => onSelect(new Set())}>
              {t('customers.clearSelection')}
            </Button>
            <Button size="small" variant="primary" onClick={onBulkEnable} disabled={count > maxBulk}>
              {t('customers.bulkEnable')}
            </Button>
          </>
        ) : null}
      </div>
      {count > maxBulk ? <Notice tone="warning">{t('customers.tooMany', { max: maxBulk })}</Notice> : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </div>
  );
}
