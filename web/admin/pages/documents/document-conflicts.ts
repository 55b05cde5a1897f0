import type { TFunction } from 'i18next';
import { isApiError } from '../../../ui/api/errors.ts';

/**
 * What to tell staff when a write on a document was refused because the document is no longer what
 * the page showed: another change since (409 STALE_VERSION, the If-Match version is old) or a status
 * that no longer allows the action (409 STATE_CONFLICT). Undefined for any other failure.
 */
export function documentConflictMessage(t: TFunction, error: unknown): string | undefined {
  if (isApiError(error, 'STALE_VERSION')) return t('documents.changedMeanwhile');
  if (isApiError(error, 'STATE_CONFLICT')) return t('documents.statusChangedMeanwhile');
  return undefined;
}
