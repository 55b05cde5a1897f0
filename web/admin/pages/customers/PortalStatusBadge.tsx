import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { PortalStatus } from '../../../../contract/portal.ts';
import type { ContactPerson } from './queries.ts';

const tones: Record<PortalStatus, Tone> = { not_invited: 'neutral', invited: 'info', accepted: 'success', expired: 'warning', disabled: 'danger' };

/** "Invited 3 Dec, 14:05", "Accepted …", "Expired", "Disabled", "Not invited". */
export function PortalStatusBadge({ portal }: { portal: ContactPerson['portal'] }) {
  const { t, i18n } = useTranslation();
  const when =
    portal.status === 'invited' ? portal.invited_at : portal.status === 'accepted' ? portal.accepted_at : portal.status === 'disabled' ? portal.disabled_at : portal.status === 'expired' ? portal.invitation_expires_at : null;
  return (
    <span className="admin-portal-status">
      <StatusBadge tone={tones[portal.status]}>{t(`portalStatus.${portal.status}`)}</StatusBadge>
      {when ? <span className="ui-muted ui-small">{t(`portalStatus.when.${portal.status}`, { date: formatDateTime(when, i18n.language) })}</span> : null}
    </span>
  );
}
