import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../../ui/components/index.ts';
import { formatDate, languageName } from '../../../ui/format.ts';
import type { CustomerSummary } from '../../lib/types.ts';

interface CustomerTableProps {
  customers: CustomerSummary[];
  selected: Set<string>;
  onToggle: (id: string, on: boolean) => void;
  onSelect: (ids: Set<string>) => void;
}

export function CustomerTable({ customers, selected, onToggle, onSelect }: CustomerTableProps) {
  const { t, i18n } = useTranslation();
  const allLoaded = customers.length > 0 && customers.every((c) => selected.has(c.id));
  return (
    <div className="ui-table-wrap">
      <table className="ui-table admin-customer-table">
        <caption className="ui-visually-hidden">{t('customers.title')}</caption>
        <thead>
          <tr>
            <th scope="col" className="ui-col-check">
              <input
                type="checkbox"
                aria-label={t('customers.selectAllLoaded')}
                checked={allLoaded}
                onChange={(event) => {
                  const next = new Set(selected);
                  for (const c of customers) {
                    if (event.target.checked) next.add(c.id);
                    else next.delete(c.id);
                  }
                  onSelect(next);
                }}
              />
            </th>
            <th scope="col">{t('customers.name')}</th>
            <th scope="col" className="admin-hide-narrow">{t('customers.primaryContact')}</th>
            <th scope="col" className="admin-hide-narrow">{t('customers.language')}</th>
            <th scope="col">{t('customers.portal')}</th>
            <th scope="col" className="admin-hide-narrow">{t('customers.created')}</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.id}>
              <td className="ui-col-check">
                <input
                  type="checkbox"
                  aria-label={t('customers.selectOne', { name: customer.display_name })}
                  checked={selected.has(customer.id)}
                  onChange={(event) => onToggle(customer.id, event.target.checked)}
                />
              </td>
              <td>
                <Link to={`/customers/${customer.id}`} className="admin-strong-link">
                  {customer.display_name}
                </Link>
                {customer.company_name && customer.company_name !== customer.display_name ? <div className="ui-muted ui-small">{customer.company_name}</div> : null}
              </td>
              <td className="admin-hide-narrow">
                {customer.primary_contact ? (
                  <>
                    {customer.primary_contact.name}
                    {customer.primary_contact.email ? <div className="ui-muted ui-small">{customer.primary_contact.email}</div> : null}
                  </>
                ) : (
                  <span className="ui-muted">{t('customers.noContact')}</span>
                )}
              </td>
              <td className="admin-hide-narrow">{languageName(customer.portal_language, i18n.language)}</td>
              <td>
                {customer.portal_active_count > 0 ? (
                  <StatusBadge tone="success">{t('customers.portalActive', { count: customer.portal_active_count })}</StatusBadge>
                ) : (
                  <StatusBadge>{t('customers.portalNone')}</StatusBadge>
                )}
              </td>
              <td className="admin-hide-narrow">{formatDate(customer.created_at, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
