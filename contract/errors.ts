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
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
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
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
