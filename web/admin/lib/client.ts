import { ApiClient } from '../../ui/api.ts';

/** The one client of the admin console; it keeps the CSRF token from the session answers. */
export const api = new ApiClient('/api/v1');
