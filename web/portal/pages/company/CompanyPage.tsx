import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/PortalContext.tsx';
import { Loading, LoadFailed } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { can } from '../../lib/permissions.ts';
import { AddressText } from './AddressView.tsx';
import { CompanyForm } from './CompanyForm.tsx';
import { ShippingAddresses } from './ShippingAddresses.tsx';
import { companyKeys, fetchCompany } from './queries.ts';

/** The customer's company details; editable by contacts with the manage-company role where the business allows it. */
export function CompanyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const company = useQuery({ queryKey: companyKeys.all, queryFn: ({ signal }) => fetchCompany(signal) });

  const data = company.data;
  let body;
  if (!data) body = company.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, company.error)} onRetry={() => void company.refetch()} />;
  else {
    body = (
      <div className="p-stack">
        <section className="p-card" aria-labelledby="company-details-heading">
          <h2 id="company-details-heading" className="p-card__title">
            {data.company_name || data.display_name}
          </h2>
          <dl className="ui-dl">
            <dt>{t('company.phone')}</dt>
            <dd>{data.phone || <span className="ui-muted">{t('company.none')}</span>}</dd>
            <dt>{t('company.taxNumber')}</dt>
            <dd>{data.tax_number || <span className="ui-muted">{t('company.none')}</span>}</dd>
            <dt>{t('company.billingAddress')}</dt>
            <dd>
              <AddressText address={data.billing_address} />
            </dd>
            <dt>{t('company.shippingAddress')}</dt>
            <dd>
              <AddressText address={data.shipping_address} />
            </dd>
          </dl>
          {data.can_edit && can(me, 'manage_company') ? null : <p className="ui-muted">{t('company.readOnly')}</p>}
        </section>
        {data.can_edit && can(me, 'manage_company') ? <CompanyForm company={data} /> : null}
        <ShippingAddresses canEdit={data.can_edit && can(me, 'manage_company')} />
      </div>
    );
  }
  return (
    <>
      <PageHeader title={t('company.title')} />
      {body}
    </>
  );
}
