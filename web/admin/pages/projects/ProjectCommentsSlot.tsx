import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/components/index.ts';

/**
 * PLACEHOLDER for the project's comments: `ProjectCommentsPanel` (engineer B, ProjectCommentsPanel.tsx
 * in this folder) takes this slot once it is on main.
 */
export function ProjectCommentsSlot({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`project-comments-${projectId}`}>
      <h2 id={`project-comments-${projectId}`} className="ui-visually-hidden">
        {t('projects.tabs.comments')}
      </h2>
      <EmptyState title={t('projects.commentsSoon')} />
    </section>
  );
}
