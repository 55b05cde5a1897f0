import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from '../../ui/api/errors.ts';
import { createErrorMessage } from '../../ui/errors.tsx';

export { isApiError } from '../../ui/api/errors.ts';

/**
 * A sentence for the person, in their language, for any failure of an API call: the translation of a
 * known code (`errors.<CODE>`), else a generic sentence (the server's own words are English).
 */
export const errorMessage = createErrorMessage({ serverMessages: false });

/** Reasons the server gives for one field, in the person's language (the server's own words are English). */
const fieldReasons: Record<string, string> = {
  'is required': 'common.required',
  'is not your current password': 'account.currentPasswordWrong',
};

/** One field the server named as wrong, translated. */
export function fieldMessage(t: TFunction, issue: FieldIssue, error: ApiError): string {
  if (error.code === 'WEAK_PASSWORD') return t('errors.WEAK_PASSWORD');
  const key = fieldReasons[issue.message];
  return key ? t(key) : t('errors.fieldInvalid');
}

/** The field the server named as wrong, translated. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const message = error.fieldMessage(field);
  return message === undefined ? undefined : fieldMessage(t, { field, message }, error);
}
