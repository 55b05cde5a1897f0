import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from '../../ui/api/errors.ts';
import { createErrorMessage } from '../../ui/errors.tsx';
import { fieldIssueText } from '../../ui/field-errors.ts';

export { isApiError } from '../../ui/api/errors.ts';

/**
 * A sentence for the person, in their language, for any failure of an API call: the translation of a
 * known code (`errors.<CODE>`: every code of contract/errors.ts has one), else a generic sentence (the
 * server's own words are English).
 */
export const errorMessage = createErrorMessage({ serverMessages: false });

/** One field the server named as wrong, in the person's language, from the issue's code and params. */
export function fieldMessage(t: TFunction, issue: FieldIssue): string {
  return fieldIssueText(t, issue);
}

/** The field the server named as wrong, translated. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.fieldIssue(field);
  return issue ? fieldMessage(t, issue) : undefined;
}
