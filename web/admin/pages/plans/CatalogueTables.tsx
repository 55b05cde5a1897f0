import { useTranslation } from 'react-i18next';
import { Button, DataTable, EmptyState, Money, StatusBadge, type Column } from '../../../ui/components/index.ts';
import { useLocale } from '../../../ui/locale.ts';
import { formatPercent } from '../../../ui/billing-format.ts';
import type { Addon, Coupon, Plan } from './queries.ts';

interface RowActions<Row> {
  onEdit: (row: Row) => void;
  onArchive: (row: Row) => void;
}

function Actions<Row extends { archived: boolean }>({ row, name, onEdit, onArchive }: RowActions<Row> & { row: Row; name: string }) {
  const { t } = useTranslation();
  if (row.archived) return null;
  return (
    <div className="admin-row-actions">
      <Button size="small" onClick={() => onEdit(row)} aria-label={t('plans.editNamed', { name })}>
        {t('plans.edit')}
      </Button>
      <Button size="small" variant="ghost" onClick={() => onArchive(row)} aria-label={t('plans.archiveNamed', { name })}>
        {t('plans.archive')}
      </Button>
    </div>
  );
}

function NameCell({ name, code, archived }: { name: string; code: string; archived: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {name} <code>{code}</code> {archived ? <StatusBadge>{t('plans.archived')}</StatusBadge> : null}
    </>
  );
}

/** A product's plans: price per billing period, trial and setup fee. */
export function PlansTable({ caption, plans, onEdit, onArchive }: RowActions<Plan> & { caption: string; plans: Plan[] }) {
  const { t } = useTranslation();
  const columns: Column<Plan>[] = [
    { id: 'name', header: t('plans.fields.name'), rowHeader: true, className: 'admin-row-head', cell: (plan) => <NameCell name={plan.name} code={plan.code} archived={plan.archived} /> },
    {
      id: 'price',
      header: t('plans.fields.price'),
      cell: (plan) => (
        <>
          <Money minor={plan.price_minor} currency={plan.currency} /> {t(`plans.every.${plan.interval}`, { count: plan.interval_count })}
        </>
      ),
    },
    { id: 'trial', header: t('plans.fields.trialDays'), className: 'admin-hide-narrow', cell: (plan) => (plan.trial_days > 0 ? t('plans.days', { count: plan.trial_days }) : '—') },
    { id: 'setup', header: t('plans.fields.setupFee'), className: 'admin-hide-narrow', cell: (plan) => (plan.setup_fee_minor > 0 ? <Money minor={plan.setup_fee_minor} currency={plan.currency} /> : '—') },
    { id: 'actions', header: t('common.actions'), className: 'ui-col-actions', cell: (plan) => <Actions row={plan} name={plan.name} onEdit={onEdit} onArchive={onArchive} /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={plans} status="success" errorTitle={t('plans.loadFailed')} empty={<EmptyState title={t('plans.plan.empty')} description={t('plans.plan.emptyHint')} />} stacked />;
}

interface ListState {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  onRetry: () => void;
}

export function AddonsTable({ addons, status, error, onRetry, onEdit, onArchive }: RowActions<Addon> & ListState & { addons: Addon[] }) {
  const { t } = useTranslation();
  const columns: Column<Addon>[] = [
    { id: 'name', header: t('plans.fields.name'), rowHeader: true, className: 'admin-row-head', cell: (addon) => <NameCell name={addon.name} code={addon.code} archived={addon.archived} /> },
    { id: 'kind', header: t('plans.fields.kind'), cell: (addon) => t(`plans.kinds.${addon.kind}`) },
    { id: 'price', header: t('plans.fields.unitPrice'), cell: (addon) => <Money minor={addon.price_minor} currency={addon.currency} /> },
    { id: 'plans', header: t('plans.fields.addonPlans'), className: 'admin-hide-narrow', cell: (addon) => (addon.plan_ids.length === 0 ? t('plans.addon.allPlansShort') : t('plans.planCount', { count: addon.plan_ids.length })) },
    { id: 'actions', header: t('common.actions'), className: 'ui-col-actions', cell: (addon) => <Actions row={addon} name={addon.name} onEdit={onEdit} onArchive={onArchive} /> },
  ];
  return (
    <DataTable
      caption={t('plans.addonsTitle')}
      columns={columns}
      rows={addons}
      status={status}
      error={error}
      onRetry={onRetry}
      loadingLabel={t('plans.loading')}
      errorTitle={t('plans.loadFailed')}
      empty={<EmptyState title={t('plans.addon.empty')} description={t('plans.addon.emptyHint')} />}
      stacked
    />
  );
}

export function CouponsTable({ coupons, status, error, onRetry, onEdit, onArchive }: RowActions<Coupon> & ListState & { coupons: Coupon[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns: Column<Coupon>[] = [
    { id: 'code', header: t('plans.fields.code'), rowHeader: true, className: 'admin-row-head', cell: (coupon) => <NameCell name={coupon.name} code={coupon.code} archived={coupon.archived} /> },
    {
      id: 'discount',
      header: t('plans.fields.discount'),
      cell: (coupon) => (coupon.percent_basis_points !== null ? formatPercent(coupon.percent_basis_points / 100, locale) : <Money minor={coupon.amount_off_minor ?? 0} currency={coupon.currency ?? 'USD'} />),
    },
    { id: 'duration', header: t('plans.fields.duration'), cell: (coupon) => (coupon.duration === 'periods' ? t('plans.periods', { count: coupon.duration_periods ?? 0 }) : t(`plans.durations.${coupon.duration}`)) },
    {
      id: 'redemptions',
      header: t('plans.fields.redemptions'),
      className: 'admin-hide-narrow',
      cell: (coupon) => (coupon.max_redemptions === null ? String(coupon.redemptions) : t('plans.redemptionsOf', { used: coupon.redemptions, max: coupon.max_redemptions })),
    },
    { id: 'actions', header: t('common.actions'), className: 'ui-col-actions', cell: (coupon) => <Actions row={coupon} name={coupon.code} onEdit={onEdit} onArchive={onArchive} /> },
  ];
  return (
    <DataTable
      caption={t('plans.couponsTitle')}
      columns={columns}
      rows={coupons}
      status={status}
      error={error}
      onRetry={onRetry}
      loadingLabel={t('plans.loading')}
      errorTitle={t('plans.loadFailed')}
      empty={<EmptyState title={t('plans.coupon.empty')} description={t('plans.coupon.emptyHint')} />}
      stacked
    />
  );
}
