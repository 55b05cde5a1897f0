import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from '../../ui/api/errors.ts';
import { createErrorMessage, type ErrorMessage } from '../../ui/errors.tsx';
import { fieldIssueText } from '../../ui/field-errors.ts';

const codeMessage = createErrorMessage({ serverMessages: true });

/**
 * A sentence for the person about a failed call, in the interface's language: every error code of the
 * API has its own text (contract/errors.ts; web/locales.test.ts checks each), and a refused field says
 * which field and why. Only a code this console does not know yet shows the server's own words.
 */
export const errorMessage: ErrorMessage = (t, error) => {
  const [issue] = error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? error.fieldIssues : [];
  if (issue) return t('errors.fieldProblem', { field: issue.field, problem: fieldIssueText(t, issue) });
  return codeMessage(t, error);
};

/** A field the server named, said from its issue code in the interface's language. */
export const fieldMessage = (t: TFunction, issue: FieldIssue): string => fieldIssueText(t, issue);

