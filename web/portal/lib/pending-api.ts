/** Calls of the portal API whose paths the generated schema does not describe yet. */
import { portalClient } from './client.ts';

type Call = <T>(path: string, init?: object) => Promise<T>;

export const pendingApi = portalClient as unknown as { get: Call; post: Call; put: Call; delete: Call; basePath: string };
