import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDuration } from './project-time.ts';
import { fetchProjectPage, projectKeys, type ProjectSummary } from './queries.ts';

/** Budget against used: hours for an hours budget, money for an amount budget. */
export function BudgetText({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  if (project.budget_type === 'hours' && project.budget_minutes !== null) {
    return <>{t('projects.budgetHours', { used: formatDuration(project.logged_minutes), budget: formatDuration(project.budget_minutes) })}</>;
  }
  if (project.budget_type === 'amount' && project.budget_minor !== null) {
    return (
      <>
        <Money minor={project.used_minor ?? 0} currency={project.currency} /> / <Money minor={project.budget_minor} currency={project.currency} />
      </>
    );
  }
  return <span className="ui-muted">{t('projects.noBudget')}</span>;
}

/** The customer's projects with budget against used and what awaits approval. */
export function ProjectListPage() {
  const { t } = useTranslation();
  const list = useCursorList({ queryKey: projectKeys.list({}), fetchPage: ({ cursor, signal }) => fetchProjectPage(cursor, signal) });
  const columns: Column<ProjectSummary>[] = [
    { id: 'name', header: t('projects.columns.name'), rowHeader: true, cell: (project) => <Link to={`/projects/${encodeURIComponent(project.id)}`}>{project.name}</Link> },
    { id: 'status', header: t('projects.columns.status'), cell: (project) => t(`projects.status.${project.status}`) },
    { id: 'budget', header: t('projects.columns.budget'), cell: (project) => <BudgetText project={project} /> },
    { id: 'logged', header: t('projects.columns.logged'), className: 'p-num', cell: (project) => formatDuration(project.logged_minutes) },
    { id: 'awaiting', header: t('projects.columns.awaiting'), className: 'p-num', cell: (project) => String(project.awaiting_approval_count) },
  ];
  return (
    <>
      <PageHeader title={t('projects.title')} />
      <div aria-busy={list.status === 'pending'}>
        <DataTable
          caption={t('projects.title')}
          columns={columns}
          list={list}
          stacked
          errorTitle={t('common.errorTitle')}
          empty={<EmptyState title={t('projects.empty')} />}
          loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
        />
      </div>
    </>
  );
}
