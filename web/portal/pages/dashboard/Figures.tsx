import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrencyTotal, DashboardFigures } from './queries.ts';
import { calendarDate, money } from '../../lib/money.ts';

function Tile({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <li className="p-tile p-tile--figure" data-testid={`tile-${id}`}>
      <h3 id={`tile-${id}`} className="p-tile__title">
        {title}
      </h3>
      {children}
    </li>
  );
}

/** Amounts per currency, each with how many documents and a link to the filtered list. */
function Totals({ totals, link, countKey, emptyKey }: { totals: CurrencyTotal[]; link: string; countKey: string; emptyKey: string }) {
  const { t } = useTranslation();
  const shown = totals.filter((total) => total.count > 0 || total.total_minor !== 0);
  if (shown.length === 0) return <p className="ui-muted">{t(emptyKey)}</p>;
  return (
    <ul className="p-figure-list">
      {shown.map((total) => (
        <li key={total.currency}>
          <span className="p-figure">{money(total.total_minor, total.currency)}</span>
          <Link to={link} className="ui-small">
            {t(countKey, { count: total.count })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** What the customer owes, is owed and has to decide, each linking to the list behind it. */
export function Figures({ figures }: { figures: DashboardFigures }) {
  const { t } = useTranslation();
  const last = figures.last_payment;
  return (
    <ul className="p-tiles">
      <Tile id="outstanding" title={t('dashboard.tiles.outstandingInvoices.title')}>
        <Totals totals={figures.outstanding} link="/invoices?filter=unpaid" countKey="dashboard.invoiceCount" emptyKey="dashboard.tiles.outstandingInvoices.none" />
      </Tile>
      <Tile id="overdue" title={t('dashboard.tiles.overdue.title')}>
        <Totals totals={figures.overdue} link="/invoices?filter=overdue" countKey="dashboard.invoiceCount" emptyKey="dashboard.tiles.overdue.none" />
      </Tile>
      <Tile id="retainers" title={t('dashboard.tiles.retainers.title')}>
        <Totals totals={figures.retainers_outstanding} link="/retainer-invoices?filter=unpaid" countKey="dashboard.retainerCount" emptyKey="dashboard.tiles.retainers.none" />
      </Tile>
      <Tile id="credits" title={t('dashboard.tiles.credits.title')}>
        <Totals totals={figures.unused_credits} link="/credit-notes?filter=open" countKey="dashboard.creditCount" emptyKey="dashboard.tiles.credits.none" />
      </Tile>
      <Tile id="last-payment" title={t('dashboard.tiles.lastPayment.title')}>
        {last ? (
          <p>
            <span className="p-figure">{money(last.amount_minor, last.currency)}</span>
            <Link to={`/payments/${encodeURIComponent(last.id)}`} className="ui-small">
              {t('dashboard.paidOn', { number: last.number, date: calendarDate(last.paid_on) })}
            </Link>
          </p>
        ) : (
          <p className="ui-muted">{t('dashboard.tiles.lastPayment.none')}</p>
        )}
      </Tile>
      <Tile id="estimates" title={t('dashboard.tiles.estimates.title')}>
        {figures.estimates_awaiting > 0 ? (
          <p>
            <Link to="/estimates?filter=awaiting" className="p-figure">
              {t('dashboard.estimatesAwaiting', { count: figures.estimates_awaiting })}
            </Link>
          </p>
        ) : (
          <p className="ui-muted">{t('dashboard.tiles.estimates.none')}</p>
        )}
      </Tile>
    </ul>
  );
}
