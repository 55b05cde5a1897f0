import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { tabAfterKey } from '../../../ui/tab-keys.ts';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { Thread } from '../comments/CommentThread.tsx';
import { BudgetText } from './ProjectListPage.tsx';
import { formatDuration } from './project-time.ts';
import { fetchProject, fetchProjectComments, postProjectComment, projectKeys, type ProjectDetail } from './queries.ts';
import { TimesheetTab } from './TimesheetTab.tsx';

const tabs = ['tasks', 'timesheets', 'comments'] as const;
type Tab = (typeof tabs)[number];

/** One project: budget against used, and tabs for its tasks, its timesheets (with approval) and comments. */
export function ProjectDetailPage() {
  const id = useParams().id ?? '';
  return <ProjectDetailView key={id} id={id} />;
}

function ProjectDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('tasks');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const onTabKey = (event: KeyboardEvent) => {
    const next = tabAfterKey(tabs, tab, event.key);
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const project = useQuery({ queryKey: projectKeys.detail(id), queryFn: ({ signal }) => fetchProject(id, signal) });
  const backLink = (
    <Link to="/projects" className="p-back">
      {t('docs.backTo', { list: t('projects.title') })}
    </Link>
  );
  if (!project.data) {
    return (
      <>
        {backLink}
        <PageHeader title={t('projects.title')} />
        {project.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, project.error)} onRetry={isApiError(project.error, 'NOT_FOUND') ? undefined : () => void project.refetch()} />}
      </>
    );
  }
  const data = project.data;
  return (
    <article className="p-document">
      {backLink}
      <PageHeader title={data.name} />
      <div className="p-stack">
        <section className="p-card" aria-labelledby="project-facts">
          <h2 id="project-facts" className="ui-visually-hidden">
            {t('docs.details')}
          </h2>
          <dl className="ui-dl">
            <div className="p-dl-row">
              <dt>{t('projects.columns.budget')}</dt>
              <dd>
                <BudgetText project={data} />
              </dd>
            </div>
            <div className="p-dl-row">
              <dt>{t('projects.columns.logged')}</dt>
              <dd>{t('projects.loggedBilled', { logged: formatDuration(data.logged_minutes), billed: formatDuration(data.billed_minutes), unbilled: formatDuration(data.unbilled_minutes) })}</dd>
            </div>
            <div className="p-dl-row">
              <dt>{t('projects.columns.awaiting')}</dt>
              <dd>{String(data.awaiting_approval_count)}</dd>
            </div>
          </dl>
          {data.description ? <p className="p-pre-line">{data.description}</p> : null}
        </section>
        <div role="tablist" aria-label={t('projects.tabsLabel')} className="p-tabs" onKeyDown={onTabKey}>
          {tabs.map((name) => (
            <button
              key={name}
              ref={(element) => {
                tabRefs.current[name] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-controls={`panel-${name}`}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              className={`ui-button ${tab === name ? 'ui-button--primary' : 'ui-button--secondary'}`}
              onClick={() => setTab(name)}
            >
              {t(`projects.tabs.${name}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'tasks' ? <TasksTab project={data} /> : null}
          {tab === 'timesheets' ? <TimesheetTab project={data} /> : null}
          {tab === 'comments' ? <Thread source={{ queryKey: projectKeys.comments(id), fetch: (signal) => fetchProjectComments(id, signal), post: (body) => postProjectComment(id, body) }} /> : null}
        </div>
      </div>
    </article>
  );
}

function TasksTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  if (project.tasks.length === 0) return <p className="ui-muted">{t('projects.noTasks')}</p>;
  return (
    <div className="p-table-wrap">
      <table className="ui-table">
        <caption className="ui-visually-hidden">{t('projects.tabs.tasks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.columns.task')}</th>
            <th scope="col" className="p-num">
              {t('projects.columns.logged')}
            </th>
            <th scope="col" className="p-num">
              {t('projects.columns.billed')}
            </th>
            <th scope="col" className="p-num">
              {t('projects.columns.unbilled')}
            </th>
          </tr>
        </thead>
        <tbody>
          {project.tasks.map((task) => (
            <tr key={task.id}>
              <th scope="row">{task.name}</th>
              <td className="p-num">{formatDuration(task.logged_minutes)}</td>
              <td className="p-num">{formatDuration(task.billed_minutes)}</td>
              <td className="p-num">{formatDuration(task.unbilled_minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
