import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, ErrorState, Spinner, useToast } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { StatusTabs } from '../sales-orders/StatusTabs.tsx';
import { BillTimeDialog } from './BillTimeDialog.tsx';
import { BudgetBar } from './BudgetBar.tsx';
import { ApprovalCounters } from './ProjectListPage.tsx';
import { ProjectCommentsPanel } from './ProjectCommentsPanel.tsx';
import { ProjectInvoicesTab } from './ProjectInvoicesTab.tsx';
import { ProjectStatusBadge } from './ProjectBadges.tsx';
import { ProjectTasksTab } from './ProjectTasksTab.tsx';
import { deleteProject, fetchProject, projectKeys, type ProjectDetail } from './queries.ts';
import { StartTimerDialog } from './StartTimerDialog.tsx';
import { formatDuration } from './time.ts';
import { TimeEntriesTab } from './TimeEntriesTab.tsx';
import { TimeEntryDialog } from './TimeEntryDialog.tsx';

type Tab = 'tasks' | 'time' | 'invoices' | 'comments';
const tabs: readonly Tab[] = ['tasks', 'time', 'invoices', 'comments'];
type Pending = 'log' | 'timer' | 'bill' | 'delete' | null;

/** One project: its facts and budget, the actions (log time, start a timer, bill time), and tabs of tasks, time entries, invoices and comments. */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'tasks';
  const project = useQuery({ queryKey: projectKeys.detail(id), queryFn: ({ signal }) => fetchProject(id, signal) });
  useDocumentTitle(project.data?.name ?? t('projects.title'));
  const [pending, setPending] = useState<Pending>(null);
  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/projects">{t('projects.title')}</Link>
    </nav>
  );
  if (!project.data) {
    return (
      <>
        {breadcrumb}
        {project.isPending ? <Spinner label={t('common.loading')} /> : <ErrorState title={t('projects.loadFailed')} message={errorMessage(t, project.error)} retryLabel={t('common.retry')} onRetry={() => void project.refetch()} />}
      </>
    );
  }
  const p = project.data;
  const close = () => setPending(null);
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>{p.name}</h1>
          <p className="admin-doc-subtitle">
            <ProjectStatusBadge status={p.status} /> <Link to={`/customers/${p.customer.id}`}>{p.customer.display_name}</Link>
            {p.code ? <span className="ui-muted"> · {p.code}</span> : null}
          </p>
        </div>
        <div className="ui-button-row admin-doc-actions">
          <Button variant="primary" onClick={() => setPending('log')} disabled={p.tasks.every((task) => task.archived_at)}>
            {t('projects.logTime')}
          </Button>
          <Button onClick={() => setPending('timer')} disabled={p.tasks.every((task) => task.archived_at)}>
            {t('timer.start')}
          </Button>
          <Button onClick={() => setPending('bill')}>{t('projects.billTime')}</Button>
          <Link to={`/projects/${p.id}/edit`} className="ui-button ui-button--secondary">
            {t('common.edit')}
          </Link>
          <Button variant="danger" onClick={() => setPending('delete')}>
            {t('projects.delete')}
          </Button>
        </div>
      </div>
      <ProjectFacts project={p} />
      <StatusTabs label={t('projects.sections')} values={tabs} active={tab} onChange={(next) => setParams({ tab: next }, { replace: true })} text={(value) => t(`projects.tabs.${value}`)} panelId="project-panel" />
      <div role="tabpanel" id="project-panel" aria-labelledby={`project-panel-tab-${tab}`} className="admin-project-panel">
        {tab === 'tasks' ? <ProjectTasksTab project={p} /> : null}
        {tab === 'time' ? <TimeEntriesTab project={p} /> : null}
        {tab === 'invoices' ? <ProjectInvoicesTab project={p} /> : null}
        {tab === 'comments' ? <ProjectCommentsPanel projectId={p.id} /> : null}
      </div>
      <TimeEntryDialog open={pending === 'log'} project={p} onClose={close} />
      <StartTimerDialog open={pending === 'timer'} project={p} onClose={close} />
      <BillTimeDialog open={pending === 'bill'} project={p} onClose={close} />
      <DeleteProject open={pending === 'delete'} project={p} onClose={close} />
    </>
  );
}

function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, project.currency, i18n.language));
  return (
    <section className="ui-card" aria-labelledby="project-facts">
      <h2 id="project-facts">{t('projects.details')}</h2>
      <dl className="ui-dl">
        <dt>{t('projects.billingMethod')}</dt>
        <dd>
          {t(`billingMethod.${project.billing_method}`)}
          {project.billing_method === 'project_hours' ? ` · ${t('projects.perHour', { amount: money(project.hourly_rate_minor) })}` : null}
          {project.billing_method === 'fixed_price' ? ` · ${money(project.fixed_price_minor)}` : null}
        </dd>
        <dt>{t('projects.budget')}</dt>
        <dd>
          <BudgetBar project={project} />
        </dd>
        <dt>{t('projects.hours')}</dt>
        <dd>{t('projects.hoursSummary', { logged: formatDuration(project.logged_minutes), billed: formatDuration(project.billed_minutes), unbilled: formatDuration(project.unbilled_minutes) })}</dd>
        <dt>{t('projects.approval')}</dt>
        <dd>
          <ApprovalCounters project={project} />
        </dd>
        {project.description ? (
          <>
            <dt>{t('projects.description')}</dt>
            <dd className="admin-pre">{project.description}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function DeleteProject({ open, project, onClose }: { open: boolean; project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useApiMutation({ mutationFn: () => deleteProject(project.id), invalidates: [projectKeys.lists()] });
  return (
    <ConfirmDialog
      open={open}
      danger
      title={t('projects.deleteTitle', { name: project.name })}
      confirmLabel={t('projects.delete')}
      onClose={onClose}
      onConfirm={async () => {
        await remove.mutateAsync();
        toast.show(t('projects.deleted', { name: project.name }));
        void navigate('/projects');
      }}
    >
      <p>{t('projects.deleteExplain')}</p>
    </ConfirmDialog>
  );
}
