import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate, formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import { currencyExponent, formatMoney } from '../../../ui/format.ts';
import { documentLink } from '../../lib/document-kinds.ts';
import { decimalError } from '../documents/line-state.ts';
import { DocumentStatusBadge } from '../documents/DocumentStatusBadge.tsx';
import type { DocumentSummary } from '../documents/queries.ts';
import { allocateOldestFirst } from './open-invoices.ts';
import type { Allocation } from './queries.ts';

interface AllocationTableProps {
  caption: string;
  documents: DocumentSummary[];
  /** Text typed per document id. */
  values: Record<string, string>;
  currency: string;
  onChange: (id: string, text: string) => void;
}

/** How much goes to each open invoice, typed per row; a row can't take more than its balance. */
export function AllocationTable({ caption, documents, values, currency, onChange }: AllocationTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption className="admin-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.number')}</th>
            <th scope="col" className="admin-hide-narrow">{t('documents.dueDate')}</th>
            <th scope="col" className="admin-hide-narrow">{t('documents.status')}</th>
            <th scope="col" className="admin-num">{t('documents.balance')}</th>
            <th scope="col" className="admin-num">{t('allocations.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => {
            const text = values[document.id] ?? '';
            const parsed = text.trim() ? parseMoneyInput(text, currency, locale) : undefined;
            const error = decimalError(parsed, t, currencyExponent(currency)) ?? (parsed?.ok && parsed.value > document.balance_minor ? t('allocations.beyondBalance') : undefined);
            const inputId = `allocation-${document.id}`;
            return (
              <tr key={document.id}>
                <th scope="row" className="admin-row-head">
                  <Link to={documentLink(document.kind, document.id)}>{document.number}</Link>
                </th>
                <td className="admin-hide-narrow">{formatCalendarDate(document.due_date, locale)}</td>
                <td className="admin-hide-narrow">
                  <DocumentStatusBadge document={document} />
                </td>
                <td className="admin-num">{formatMoney(document.balance_minor, currency, locale)}</td>
                <td className="admin-num">
                  <label htmlFor={inputId} className="ui-visually-hidden">
                    {t('allocations.amountFor', { number: document.number })}
                  </label>
                  <input
                    id={inputId}
                    className="ui-input admin-amount-input"
                    inputMode="decimal"
                    value={text}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    onChange={(event) => onChange(document.id, event.target.value)}
                  />
                  {error ? (
                    <p id={`${inputId}-error`} className="ui-field__error">
                      {error}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The typed allocations as integers, or undefined while one can't be read or exceeds its balance. */
export function readAllocations(documents: DocumentSummary[], values: Record<string, string>, currency: string, locale: string): Allocation[] | undefined {
  const result: Allocation[] = [];
  for (const document of documents) {
    const text = values[document.id]?.trim() ?? '';
    if (!text) continue;
    const parsed = parseMoneyInput(text, currency, locale);
    if (!parsed.ok || parsed.value > document.balance_minor) return undefined;
    if (parsed.value > 0) result.push({ document_id: document.id, amount_minor: parsed.value });
  }
  return result;
}

/** The fields' text for `amount` applied oldest first; documents that get nothing stay empty. */
export function oldestFirstValues(documents: DocumentSummary[], amount: number, currency: string, locale: string, first?: string): Record<string, string> {
  return Object.fromEntries([...allocateOldestFirst(documents, amount, first)].filter(([, minor]) => minor > 0).map(([id, minor]) => [id, formatMoneyInput(minor, currency, locale)]));
}
