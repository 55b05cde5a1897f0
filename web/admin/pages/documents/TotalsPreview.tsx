import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../ui/format.ts';

interface Totals {
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
}

/** Subtotal, discount, tax and total of a document (or of the lines being edited). */
export function TotalsPreview({ totals, currency, label }: { totals: Totals | undefined; currency: string; label: string }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number | undefined) => (minor === undefined ? '—' : formatMoney(minor, currency, i18n.language));
  return (
    <section className="admin-totals" aria-label={label}>
      <dl className="admin-totals__list">
        <dt>{t('totals.subtotal')}</dt>
        <dd>{money(totals?.subtotal_minor)}</dd>
        {totals && totals.discount_minor > 0 ? (
          <>
            <dt>{t('totals.discount')}</dt>
            <dd>−{money(totals.discount_minor)}</dd>
          </>
        ) : null}
        <dt>{t('totals.tax')}</dt>
        <dd>{money(totals?.tax_minor)}</dd>
        <dt className="admin-totals__total">{t('totals.total')}</dt>
        <dd className="admin-totals__total" data-testid="document-total">
          {money(totals?.total_minor)}
        </dd>
      </dl>
    </section>
  );
}
