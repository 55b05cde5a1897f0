import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, EmptyState, StatusBadge, TextInput, type Column } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import { StatusTabs } from '../sales-orders/StatusTabs.tsx';
import { BudgetBar } from './BudgetBar.tsx';
import { ProjectStatusBadge } from './ProjectBadges.tsx';
import { fetchProjects, projectKeys, projectStatuses, type ProjectListQuery, type ProjectStatus, type ProjectSummary } from './queries.ts';
import { formatDuration } from './time.ts';

type Tab = 'all' | ProjectStatus;
const tabs: readonly Tab[] = ['all', ...projectStatuses];

/** Projects: status tabs, a customer filter and a search, each with its budget and what waits for approval. */
export function ProjectListPage() {
  const { t } = useTranslation();
  const title = t('projects.title');
  useDocumentTitle(title);
  const [tab, setTab] = useState<Tab>('active');
  const [customer, setCustomer] = useState<PickedCustomer | undefined>();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const query: ProjectListQuery = { status: tab === 'all' ? undefined : tab, customer_id: customer?.id, search: debounced || undefined, limit: 25 };
  const list = useCursorList({ queryKey: projectKeys.list(query), fetchPage: ({ cursor, signal }) => fetchProjects({ ...query, cursor }, signal) });
  const filtered = tab !== 'active' || Boolean(customer) || Boolean(debounced);
  const newLink = (
    <Link to="/projects/new" className="ui-button ui-button--primary">
      {t('projects.new')}
    </Link>
  );
  const columns: Column<ProjectSummary>[] = [
    {
      id: 'name',
      header: t('projects.name'),
      rowHeader: true,
      cell: (project) => (
        <>
          <Link to={`/projects/${project.id}`} className="admin-strong-link">
            {project.name}
          </Link>
          {project.code ? <div className="ui-muted ui-small">{project.code}</div> : null}
        </>
      ),
    },
    { id: 'customer', header: t('picker.customer'), cell: (project) => <Link to={`/customers/${project.customer.id}`}>{project.customer.display_name}</Link> },
    { id: 'method', header: t('projects.billingMethod'), className: 'admin-hide-narrow', cell: (project) => t(`billingMethod.${project.billing_method}`) },
    { id: 'budget', header: t('projects.budget'), cell: (project) => <BudgetBar project={project} /> },
    { id: 'unbilled', header: t('projects.unbilledHours'), className: 'admin-num', cell: (project) => formatDuration(project.unbilled_minutes) },
    { id: 'approval', header: t('projects.approval'), cell: (project) => <ApprovalCounters project={project} /> },
    { id: 'status', header: t('projects.status'), cell: (project) => <ProjectStatusBadge status={project.status} /> },
  ];
  return (
    <>
      <div className="admin-page-header">
        <h1>{title}</h1>
        {newLink}
      </div>
      <StatusTabs label={t('projects.statusFilter')} values={tabs} active={tab} onChange={setTab} text={(value) => (value === 'all' ? t('projects.allStatuses') : t(`projectStatus.${value}`))} panelId="projects-panel" />
      <div role="tabpanel" id="projects-panel" aria-labelledby={`projects-panel-tab-${tab}`}>
        <search className="admin-toolbar admin-doc-toolbar">
          <TextInput type="search" label={t('projects.search')} value={search} onChange={(event) => setSearch(event.target.value)} fieldClassName="admin-toolbar__search" />
          <CustomerPicker value={customer} onChange={setCustomer} allowAll />
        </search>
        <DataTable
          caption={title}
          columns={columns}
          list={list}
          stacked
          loadingLabel={t('common.loading')}
          errorTitle={t('projects.loadListFailed')}
          empty={filtered ? <EmptyState title={t('projects.noMatch')} /> : <EmptyState title={t('projects.empty')} action={newLink} />}
          loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
        />
      </div>
    </>
  );
}

/** Entries waiting for the customer and entries the customer queried; nothing when neither. */
export function ApprovalCounters({ project }: { project: Pick<ProjectSummary, 'awaiting_approval_count' | 'queried_count'> }) {
  const { t } = useTranslation();
  if (project.awaiting_approval_count === 0 && project.queried_count === 0) return <span className="ui-muted">—</span>;
  return (
    <span className="admin-approval-counters">
      {project.awaiting_approval_count > 0 ? <StatusBadge tone="info">{t('projects.awaitingCount', { count: project.awaiting_approval_count })}</StatusBadge> : null}
      {project.queried_count > 0 ? <StatusBadge tone="warning">{t('projects.queriedCount', { count: project.queried_count })}</StatusBadge> : null}
    </span>
  );
}
