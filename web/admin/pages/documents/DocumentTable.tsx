import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { DocumentSummary } from '../../lib/billing-types.ts';
import type { KindConfig } from '../../lib/document-kinds.ts';
import { DocumentStatusBadge } from './DocumentStatusBadge.tsx';

interface DocumentTableProps {
  config: KindConfig;
  documents: DocumentSummary[];
  caption: string;
  showCustomer?: boolean;
}

/** Number, customer, dates, status and amounts; the number is the row's heading and its link. */
export function DocumentTable({ config, documents, caption, showCustomer = true }: DocumentTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const showBalance = config.payable || config.kind === 'credit_note';
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.number')}</th>
            {showCustomer ? <th scope="col">{t('picker.customer')}</th> : null}
            <th scope="col" className="admin-hide-narrow">{t('documents.issueDate')}</th>
            {config.hasDueDate ? <th scope="col" className="admin-hide-narrow">{t('documents.dueDate')}</th> : null}
            {config.hasExpiryDate ? <th scope="col" className="admin-hide-narrow">{t('documents.expiryDate')}</th> : null}
            <th scope="col">{t('documents.status')}</th>
            <th scope="col" className="admin-num">{t('totals.total')}</th>
            {showBalance ? <th scope="col" className="admin-num admin-hide-narrow">{config.kind === 'credit_note' ? t('documents.unusedCredit') : t('documents.balance')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="admin-row-head">
                <Link to={`/${config.path}/${document.id}`} className="admin-strong-link">
                  {document.number}
                </Link>
                {document.reference ? <div className="ui-muted ui-small">{document.reference}</div> : null}
              </th>
              {showCustomer ? (
                <td>
                  <Link to={`/customers/${document.customer.id}`}>{document.customer.display_name}</Link>
                </td>
              ) : null}
              <td className="admin-hide-narrow">{formatCalendarDate(document.issue_date, locale)}</td>
              {config.hasDueDate ? <td className="admin-hide-narrow">{formatCalendarDate(document.due_date, locale)}</td> : null}
              {config.hasExpiryDate ? <td className="admin-hide-narrow">{formatCalendarDate(document.expiry_date, locale)}</td> : null}
              <td>
                <DocumentStatusBadge document={document} />
              </td>
              <td className="admin-num">{formatMoney(document.total_minor, document.currency, locale)}</td>
              {showBalance ? <td className="admin-num admin-hide-narrow">{formatMoney(document.balance_minor, document.currency, locale)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
