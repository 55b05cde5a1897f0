import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import type { PackageStatus } from './queries.ts';

const tones: Record<PackageStatus, Tone> = { packed: 'warning', shipped: 'info', delivered: 'success' };

export function PackageStatusBadge({ status }: { status: PackageStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[status]}>{t(`packageStatus.${status}`)}</StatusBadge>;
}
