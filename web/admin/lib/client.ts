import { createAdminClient } from '../../ui/api/client.ts';
import { ApiSession } from '../../ui/api/session.ts';

/** The console's session with the API: the CSRF token from the session answers, the 401 handler. */
export const apiSession = new ApiSession();

/** The typed client of `/api/v1` (paths, bodies and answers from the OpenAPI document). */
export const adminClient = createAdminClient({ session: apiSession });
