import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, DateText, EmptyState, Money, type Column } from '../../../ui/components/index.ts';
import type { ProjectDetail, ProjectInvoice } from './queries.ts';

/** The invoices the project's time was billed on, newest first as the API gives them. */
export function ProjectInvoicesTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const columns: Column<ProjectInvoice>[] = [
    {
      id: 'number',
      header: t('projects.invoiceNumber'),
      rowHeader: true,
      cell: (invoice) => (
        <Link to={`/invoices/${invoice.id}`} className="admin-strong-link">
          {invoice.number}
        </Link>
      ),
    },
    { id: 'date', header: t('projects.issueDate'), cell: (invoice) => <DateText value={invoice.issue_date} fallback="—" /> },
    { id: 'status', header: t('projects.status'), cell: (invoice) => t(`docStatus.${invoice.status}`, { defaultValue: invoice.status }) },
    { id: 'total', header: t('totals.total'), className: 'admin-num', cell: (invoice) => <Money minor={invoice.total_minor} currency={project.currency} /> },
  ];
  return <DataTable caption={t('projects.tabs.invoices')} columns={columns} rows={project.invoices} stacked errorTitle={t('projects.loadFailed')} empty={<EmptyState title={t('projects.noInvoices')} />} />;
}
