import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../test/providers.tsx';
import { ApiError } from './api/errors.ts';
import { createErrorMessage, FormMessageError } from './errors.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

describe('errorMessage(t, error)', () => {
  const staff = createErrorMessage({ serverMessages: true });
  const portal = createErrorMessage({ serverMessages: false });

  it('translates a code the app knows, whoever reads it', () => {
    const conflict = new ApiError(409, 'CONFLICT', 'Already paid');
    expect(staff(i18n.t, conflict)).toBe('It changed in the meantime.');
    expect(portal(i18n.t, conflict)).toBe('It changed in the meantime.');
  });

  it('shows staff the server’s sentence for a code without translation, and the portal a generic one', () => {
    const mismatch = new ApiError(422, 'CURRENCY_MISMATCH', 'The payment is in EUR');
    expect(staff(i18n.t, mismatch)).toBe('The payment is in EUR');
    expect(portal(i18n.t, mismatch)).toBe('Something went wrong.');
  });

  it('says the server had a problem for a 5xx, that the connection failed for a network error', () => {
    expect(portal(i18n.t, new ApiError(502, 'BAD_GATEWAY', 'Bad Gateway'))).toBe('The server had a problem.');
    expect(staff(i18n.t, new ApiError(502, 'BAD_GATEWAY', ''))).toBe('The server had a problem.');
    expect(staff(i18n.t, new TypeError('Failed to fetch'))).toBe('No connection.');
    expect(portal(i18n.t, new Error('boom'))).toBe('Something went wrong.');
  });

  it('shows a page’s own explanation as it is', () => {
    expect(portal(i18n.t, new FormMessageError('This estimate has expired.'))).toBe('This estimate has expired.');
  });
});
