import { ApiClient } from '../../ui/api.ts';
import { createAdminClient } from '../../ui/api/client.ts';
import { ApiSession } from '../../ui/api/session.ts';

/** The console's session with the API: the CSRF token from the session answers, the 401 handler. */
export const apiSession = new ApiSession();

/** The typed client of `/api/v1` (paths, bodies and answers from the OpenAPI document). */
export const adminClient = createAdminClient({ session: apiSession });

/** The untyped client of the pages not yet on `adminClient`; it shares the session. */
export const api = new ApiClient('/api/v1', apiSession);
