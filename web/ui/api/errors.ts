/**
 * One problem the server found with one field of a request: `lines.0.quantity`, a stable `code` with its
 * `params` (contract/errors.ts `fieldIssueCodes`: the apps say it in their own words) and the server's
 * English `message`.
 */
export interface FieldIssue {
  field: string;
  code: string;
  params: Record<string, unknown>;
  message: string;
}

function isFieldIssue(value: unknown): value is Pick<FieldIssue, 'field' | 'message'> & Partial<FieldIssue> {
  return typeof value === 'object' && value !== null && typeof (value as FieldIssue).field === 'string' && typeof (value as FieldIssue).message === 'string';
}

/** An issue as sent, with a code even when an older server sent none. */
function toFieldIssue(issue: Pick<FieldIssue, 'field' | 'message'> & Partial<FieldIssue>): FieldIssue {
  const params = typeof issue.params === 'object' && issue.params !== null ? issue.params : {};
  return { field: issue.field, code: typeof issue.code === 'string' ? issue.code : 'invalid', params, message: issue.message };
}

/** Error answer of every Portico API: `{ error: { code, message, details } }`, with the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The fields the server named (a 400 names each invalid field), in its order. */
  get fieldIssues(): FieldIssue[] {
    return Array.isArray(this.details) ? this.details.filter(isFieldIssue).map(toFieldIssue) : [];
  }

  /** The issue of one field, when the server named it. */
  fieldIssue(field: string): FieldIssue | undefined {
    return this.fieldIssues.find((issue) => issue.field === field);
  }

  /** The server's English message for one field, when it named it. */
  fieldMessage(field: string): string | undefined {
    return this.fieldIssue(field)?.message;
  }
}

/** An answer that is not OK, as an ApiError: the server's code and message, or the HTTP status text. */
export function apiErrorFrom(status: number, statusText: string, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof code === 'string') return new ApiError(status, code, typeof message === 'string' ? message : statusText, details);
  }
  return new ApiError(status, 'INTERNAL', statusText);
}

export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
