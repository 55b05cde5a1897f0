/** The dashboard through the typed client: figures, recent activity and the business's details. */
import type { PortalResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { portalClient } from '../../lib/client.ts';

export type Dashboard = PortalResponse<'/dashboard', 'get'>;
/** null for a contact without view_documents. */
export type DashboardFigures = NonNullable<Dashboard['figures']>;
export type CurrencyTotal = DashboardFigures['outstanding'][number];
export type ActivityItem = Dashboard['recent_activity'][number];

/** One dashboard per signed-in account: `dashboardKeys.all` is its key. */
export const dashboardKeys = queryKeys('dashboard');

export function fetchDashboard(signal: AbortSignal): Promise<Dashboard> {
  return portalClient.get('/dashboard', { signal });
}
