import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AppContext } from '../context.ts';
import { createWebhookEndpoint } from '../modules/outgoing-webhook/outgoing-webhook.service.ts';
import { webhookEventTypes } from '../modules/outgoing-webhook/outgoing-webhook.ts';

/**
 * In development, the demo organization's webhook endpoint: every event type, posted to the local receiver
 * that `npm start` runs (examples/webhook-receiver.mjs). The secret is answered once, so it is written to a
 * file only the receiver reads (mode 0600), beside the database.
 */
export async function seedDemoWebhook(ctx: AppContext, actor: { organizationId: string; staffUserId: string }): Promise<string | undefined> {
  const demo = ctx.config.demoWebhook;
  if (!demo) return undefined;
  const endpoint = await createWebhookEndpoint(
    ctx,
    { organizationId: actor.organizationId, staffUserId: actor.staffUserId, role: 'owner', via: 'session', sessionId: null, sessionToken: null, scopes: [], language: 'en' },
    { url: demo.url, description: 'Local receiver (development): examples/webhook-receiver.mjs', events: [...webhookEventTypes] },
  );
  await mkdir(dirname(demo.secretFile), { recursive: true });
  await writeFile(demo.secretFile, `${endpoint.secret}\n`, { mode: 0o600 });
  return endpoint.url;
}
