/** Stable error codes of the API. Every code maps to exactly one HTTP status in server/http/errors.ts. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TWO_FACTOR_REQUIRED',
  'TWO_FACTOR_SETUP_REQUIRED',
  'INVALID_TWO_FACTOR_CODE',
  'CSRF_TOKEN_MISSING',
  'CROSS_SITE_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'STATE_CONFLICT',
  'EMAIL_TAKEN',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'WEAK_PASSWORD',
  'CONTACT_HAS_NO_EMAIL',
  'CURRENCY_MISMATCH',
  'PORTAL_DISABLED',
  'SIGNUP_NOT_ALLOWED',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'PAYMENT_IN_PROGRESS',
  'NOTHING_TO_PAY',
  'AMOUNT_EXCEEDS_BALANCE',
  'PARTIAL_PAYMENT_NOT_ALLOWED',
  'AMOUNT_BELOW_MINIMUM',
  'PAYMENT_METHOD_UNAVAILABLE',
  'REFUND_EXCEEDS_PAYMENT',
  'WEBHOOK_REJECTED',
  'GATEWAY_UNAVAILABLE',
  'INSUFFICIENT_STOCK',
  'PRICES_CHANGED',
  'ITEM_UNAVAILABLE',
  'NOTHING_TO_BILL',
  'ACTION_NOT_ALLOWED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/**
 * Machine codes of field-level validation issues: each entry of a VALIDATION_FAILED (or WEAK_PASSWORD,
 * EMAIL_TAKEN…) answer's `details` is `{ field, code, params, message }`; apps show their own text for
 * `code` with `params`, `message` is English for API users. docs/api.md lists each code's params.
 */
export const fieldIssueCodes = [
  // From the request schemas.
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unknown_field',
  'invalid',
  // Portico's own rules.
  'taken',
  'too_common',
  'wrong_password',
  'wrong_code',
  'invalid_cursor',
  'unknown_reference',
  'duplicate',
  'only_one_primary',
  'email_required_for_portal',
  'before_issue_date',
  'amounts_too_large',
  'allocations_exceed_amount',
  'allocations_below_amount',
  'only_with_custom_period',
  'after_end',
  'period_too_long',
  'no_recipients',
  'unknown_currency',
  'unknown_time_zone',
  'no_portal_access',
  'host_not_allowed',
  'private_address',
  'ip_address',
  'reserved_host',
] as const;

export type FieldIssueCode = (typeof fieldIssueCodes)[number];

export interface FieldIssue {
  /** The field's path in the request, e.g. `lines.0.quantity`. */
  field: string;
  code: FieldIssueCode;
  params: Record<string, unknown>;
  /** English, for API users. */
  message: string;
}
