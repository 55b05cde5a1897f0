/** The statement of accounts through the typed client. */
import type { PortalResponse } from '../../../ui/api/paths.ts';
import { portalClient } from '../../lib/client.ts';
import type { StatementSelection } from './statement-period.ts';

export type Statement = PortalResponse<'/statement', 'get'>;
export type StatementEntry = Statement['entries'][number];

/** `statementKeys.period(query)`: the statement of one period. */
export const statementKeys = {
  all: ['statement'] as const,
  period: (query: StatementSelection) => ['statement', query] as const,
};

export function fetchStatement(query: StatementSelection, signal: AbortSignal): Promise<Statement> {
  return portalClient.get('/statement', { signal, params: { query } });
}
