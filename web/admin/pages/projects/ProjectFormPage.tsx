import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, Spinner } from '../../../ui/components/index.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { ProjectForm } from './ProjectForm.tsx';
import { fetchProject, projectKeys } from './queries.ts';

/** New (/projects/new?customer=…) or edit (/projects/:id/edit) project page. */
export function ProjectFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? '';
  const project = useQuery({ queryKey: projectKeys.detail(id), queryFn: ({ signal }) => fetchProject(id, signal), enabled: mode === 'edit' });
  const customer = useQuery({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id: customerId } }, signal }),
    enabled: mode === 'new' && customerId !== '',
  });
  const title = mode === 'new' ? t('projects.new') : project.data ? t('projects.editNamed', { name: project.data.name }) : t('projects.edit');
  useDocumentTitle(title);
  const needed = [...(mode === 'edit' ? [project] : []), ...(mode === 'new' && customerId ? [customer] : [])];
  const failed = needed.find((query) => query.isError && !query.data);
  const ready = needed.every((query) => query.data !== undefined);
  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        {mode === 'edit' && project.data ? <Link to={`/projects/${id}`}>{project.data.name}</Link> : <Link to="/projects">{t('projects.title')}</Link>}
      </nav>
      <h1>{title}</h1>
      {failed ? (
        <ErrorState title={t('projects.loadFailed')} message={errorMessage(t, failed.error)} retryLabel={t('common.retry')} onRetry={() => needed.forEach((query) => void query.refetch())} />
      ) : !ready ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <ProjectForm key={`${mode}:${id}:${customerId}`} mode={mode} project={mode === 'edit' ? project.data : undefined} initialCustomer={customer.data} />
      )}
    </>
  );
}
