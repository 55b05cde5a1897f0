import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import type { ProjectStatus, TimeEntryStatus } from './queries.ts';

export const timeEntryTones: Record<TimeEntryStatus, Tone> = {
  unbilled: 'neutral',
  awaiting_approval: 'info',
  approved: 'success',
  queried: 'warning',
  billed: 'success',
};

const projectTones: Record<ProjectStatus, Tone> = { active: 'info', completed: 'success', archived: 'neutral' };

/** A time entry's approval and billing state as a pill; the words say it, the colour repeats it. */
export function TimeEntryStatusBadge({ status }: { status: TimeEntryStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={timeEntryTones[status] ?? 'neutral'}>{t(`timeEntryStatus.${status}`)}</StatusBadge>;
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={projectTones[status] ?? 'neutral'}>{t(`projectStatus.${status}`)}</StatusBadge>;
}
