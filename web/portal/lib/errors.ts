import type { TFunction } from 'i18next';
import { ApiError } from '../../ui/api.ts';

const knownCodes = new Set([
  'INVALID_CREDENTIALS',
  'INVALID_TWO_FACTOR_CODE',
  'RATE_LIMITED',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'WEAK_PASSWORD',
  'SIGNUP_NOT_ALLOWED',
  'EMAIL_TAKEN',
  'PORTAL_DISABLED',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'VALIDATION_FAILED',
  'CONFLICT',
]);

/** A sentence for the person, in their language, for any failure of an API call. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (knownCodes.has(error.code)) return t(`errors.${error.code}`);
    if (error.status >= 500) return t('errors.server');
    return t('errors.generic');
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.generic');
}

export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

/** Reasons the server gives for one field, in the person's language (the server's own words are English). */
const fieldReasons: Record<string, string> = {
  'is required': 'common.required',
  'is not your current password': 'account.currentPasswordWrong',
};

/** The field the server named as wrong, translated. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const message = error.fieldMessage(field);
  if (!message) return undefined;
  if (error.code === 'WEAK_PASSWORD') return t('errors.WEAK_PASSWORD');
  const key = fieldReasons[message];
  return key ? t(key) : t('errors.fieldInvalid');
}
