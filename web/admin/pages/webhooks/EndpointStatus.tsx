import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/components/index.ts';
import type { WebhookEndpoint } from './queries.ts';

/** Enabled, failing (still enabled, retrying), disabled by staff, or disabled after failing for three days. */
export function EndpointStatus({ endpoint }: { endpoint: Pick<WebhookEndpoint, 'status' | 'disabled_reason' | 'failing_since'> }) {
  const { t } = useTranslation();
  if (endpoint.status === 'disabled') {
    return <StatusBadge tone="danger">{endpoint.disabled_reason === 'failing' ? t('webhooks.disabledFailing') : t('webhooks.disabled')}</StatusBadge>;
  }
  if (endpoint.failing_since) return <StatusBadge tone="warning">{t('webhooks.failing')}</StatusBadge>;
  return <StatusBadge tone="success">{t('webhooks.enabled')}</StatusBadge>;
}
