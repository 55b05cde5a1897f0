import { useTranslation } from 'react-i18next';
import { currencyName, formatDateTime, languageName } from '../../../ui/format.ts';
import type { Customer } from './queries.ts';

type Address = Customer['billing_address'];

function AddressText({ address }: { address: Address }) {
  const { t } = useTranslation();
  if (!address) return <span className="ui-muted">{t('common.none')}</span>;
  const cityLine = [address.postal_code, address.city, address.state].filter(Boolean).join(' ');
  const lines = [address.attention, address.street, cityLine, address.country].filter(Boolean);
  return (
    <address className="admin-address">
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          <br />
        </span>
      ))}
    </address>
  );
}

export function CustomerDetails({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const none = <span className="ui-muted">{t('common.none')}</span>;
  return (
    <section className="ui-card" aria-labelledby="customer-details-heading">
      <h2 id="customer-details-heading">{t('overview.details')}</h2>
      <dl className="ui-dl">
        <dt>{t('customer.email')}</dt>
        <dd>{customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : none}</dd>
        <dt>{t('customer.phone')}</dt>
        <dd>{customer.phone ?? none}</dd>
        <dt>{t('customer.taxNumber')}</dt>
        <dd>{customer.tax_number ?? none}</dd>
        <dt>{t('customer.currency')}</dt>
        <dd>
          {customer.currency} · {currencyName(customer.currency, i18n.language)}
        </dd>
        <dt>{t('customer.portalLanguage')}</dt>
        <dd>{languageName(customer.portal_language, i18n.language)}</dd>
        <dt>{t('customer.bankPayments')}</dt>
        <dd>{customer.allow_bank_payments ? t('customer.bankPaymentsAllowed') : t('customer.bankPaymentsNotAllowed')}</dd>
        <dt>{t('address.billing')}</dt>
        <dd>
          <AddressText address={customer.billing_address} />
        </dd>
        <dt>{t('address.shipping')}</dt>
        <dd>
          <AddressText address={customer.shipping_address} />
        </dd>
        {customer.notes ? (
          <>
            <dt>{t('customer.notes')}</dt>
            <dd className="admin-pre">{customer.notes}</dd>
          </>
        ) : null}
        <dt>{t('customers.created')}</dt>
        <dd>{formatDateTime(customer.created_at, i18n.language)}</dd>
      </dl>
    </section>
  );
}
