import type { ErrorCode, FieldIssue, FieldIssueCode } from '../../contract/errors.ts';

/** The one error type of Portico: a stable code, a message for people, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what = 'Resource'): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
}

/** One field's problem, with a code and parameters the apps translate and an English message. */
export function fieldIssue(field: string, code: FieldIssueCode, message: string, params: Record<string, unknown> = {}): FieldIssue {
  return { field, code, params, message };
}

/** A 400 naming the field: `validationError('due_date', 'before_issue_date', 'cannot be before the issue date')`. */
export function validationError(field: string, code: FieldIssueCode, message: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, [fieldIssue(field, code, message, params)]);
}
