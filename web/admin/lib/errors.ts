import type { TFunction } from 'i18next';
import { ApiError } from '../../ui/api.ts';

/** A sentence for the person, in the interface's language when the code is one we know. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const known = t(`errors.${error.code}`, { defaultValue: '' });
    if (known) return known;
    if (error.message) return error.message;
  }
  if (error instanceof TypeError) return t('errors.NETWORK');
  return t('errors.INTERNAL');
}

/** The server's message for one field of a rejected form, if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}
