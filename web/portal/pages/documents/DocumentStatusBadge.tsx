import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/components/Feedback.tsx';
import type { DocumentStatus } from '../../../../contract/billing.ts';
import { statusTones } from '../../lib/documentKinds.ts';

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={statusTones[status] ?? 'neutral'}>{t(`docs.status.${status}`)}</StatusBadge>;
}
