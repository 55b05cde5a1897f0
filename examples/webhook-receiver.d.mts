import type { Server } from 'node:http';

export function verifyPorticoSignature(rawBody: string, header: string | undefined, secret: string, options?: { toleranceSeconds?: number; now?: number }): boolean;
export function createReceiver<Event = { id: string; type: string }>(options?: { secret?: () => string; onEvent?: (event: Event) => void }): Server;
