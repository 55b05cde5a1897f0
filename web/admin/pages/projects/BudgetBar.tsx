import { useTranslation } from 'react-i18next';
import { cx } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { ProjectSummary } from './queries.ts';
import { budgetShare, formatDuration } from './time.ts';

/**
 * Budget versus used: hours (billable time logged) or money (that time at the project's rates), as a
 * native `<progress>` with the numbers beside it in words; over budget shows in the danger colour.
 */
export function BudgetBar({ project }: { project: ProjectSummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (project.budget_type === 'none') return <span className="ui-muted">{t('projects.noBudget')}</span>;
  const byHours = project.budget_type === 'hours';
  const used = byHours ? project.billable_minutes : project.used_minor;
  const budget = byHours ? project.budget_minutes : project.budget_minor;
  const share = budgetShare(used, budget);
  const text = (value: number) => (byHours ? formatDuration(value) : formatMoney(value, project.currency, locale));
  const label = t('projects.budgetUsed', { used: text(used), budget: text(budget ?? 0), percent: share ?? 0 });
  return (
    <div className={cx('admin-budget', (share ?? 0) > 100 && 'admin-budget--over')}>
      <progress className="admin-budget__bar" value={Math.min(used, budget ?? 0)} max={Math.max(budget ?? 1, 1)} aria-label={t('projects.budget')} aria-valuetext={label} />
      <span className="admin-budget__text ui-small">{label}</span>
    </div>
  );
}
