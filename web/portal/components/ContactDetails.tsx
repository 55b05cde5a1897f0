import { useTranslation } from 'react-i18next';
import type { ContactDetails as Details } from '../app/session.ts';

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** How to reach the business: email, phone, address, website, whichever it gave. */
export function ContactDetails({ details, compact = false }: { details: Details; compact?: boolean }) {
  const { t } = useTranslation();
  const rows = [
    details.email ? { key: 'email', label: t('contact.email'), value: <a href={`mailto:${details.email}`}>{details.email}</a> } : null,
    details.phone ? { key: 'phone', label: t('contact.phone'), value: <a href={`tel:${details.phone.replace(/\s+/g, '')}`}>{details.phone}</a> } : null,
    details.address ? { key: 'address', label: t('contact.address'), value: <span className="p-pre-line">{details.address}</span> } : null,
    details.website
      ? { key: 'website', label: t('contact.website'), value: <a href={websiteHref(details.website)} rel="noopener noreferrer" target="_blank">{details.website}</a> }
      : null,
  ].filter((row) => row !== null);
  if (rows.length === 0) return compact ? null : <p className="ui-muted">{t('contact.none')}</p>;
  return (
    <dl className={compact ? 'p-contact p-contact--compact' : 'p-contact'}>
      {rows.map((row) => (
        <div key={row.key} className="p-contact__row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
