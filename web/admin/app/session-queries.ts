/** The staff session through the typed client: its type from the OpenAPI document and its query key. */
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../ui/api/errors.ts';
import type { AdminBody, AdminResponse } from '../../ui/api/paths.ts';
import { adminClient } from '../lib/client.ts';

export type StaffSession = AdminResponse<'/session', 'get'>;
export type StaffProfile = AdminResponse<'/me', 'patch'>;
export type SignInBody = AdminBody<'/session', 'post'>;
export type SignUpBody = AdminBody<'/organizations', 'post'>;

/** `sessionKeys.all`: the signed-in staff member and organization, or null when signed out. */
export const sessionKeys = { all: ['session'] as const };

/** The session, or null when nobody is signed in (a 401 is an answer here, not a failure). */
export async function fetchSession(signal?: AbortSignal): Promise<StaffSession | null> {
  try {
    return await adminClient.get('/session', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Everything cached belongs to the staff member who was signed in: it goes with the session, which
 * then reads as signed out.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
  queryClient.setQueryData(sessionKeys.all, null);
}

export function signIn(body: SignInBody) {
  return adminClient.post('/session', { body });
}

export function signUp(body: SignUpBody) {
  return adminClient.post('/organizations', { body });
}

export function signOut(): Promise<undefined> {
  return adminClient.delete('/session');
}

export function saveLanguage(language: StaffProfile['language']): Promise<StaffProfile> {
  return adminClient.patch('/me', { body: { language } });
}
