/** The endpoint form: URL, description and one checkbox per event type; the API's body, checked before sending. */
import { z } from 'zod';
import { webhookEventTypes, type NewWebhookEndpointBody, type WebhookEndpoint, type WebhookEventType } from './queries.ts';

/** An event type as a form field name (a dot would be read as a path): `document.viewed` → `document_viewed`. */
export const eventField = (type: WebhookEventType) => type.replace('.', '_') as EventField;
type EventField = WebhookEventType extends `${infer Area}.${infer Event}` ? `${Area}_${Event}` : never;

export const webhookEndpointSchema = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, 'common.required')
      .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'webhooks.urlInvalid'),
    description: z.string().trim().max(500),
    events: z.object(Object.fromEntries(webhookEventTypes.map((type) => [eventField(type), z.boolean()])) as Record<EventField, z.ZodBoolean>),
  })
  .refine((values) => Object.values(values.events).some(Boolean), { path: ['events'], message: 'webhooks.eventsRequired' })
  .transform((values): NewWebhookEndpointBody => ({ url: values.url, description: values.description, events: webhookEventTypes.filter((type) => values.events[eventField(type)]) }));

export type WebhookEndpointValues = z.input<typeof webhookEndpointSchema>;

export function webhookEndpointValues(endpoint?: WebhookEndpoint): WebhookEndpointValues {
  return {
    url: endpoint?.url ?? '',
    description: endpoint?.description ?? '',
    events: Object.fromEntries(webhookEventTypes.map((type) => [eventField(type), endpoint ? endpoint.events.includes(type) : false])) as Record<EventField, boolean>,
  };
}
