import { z } from 'zod';
import { MAX_SECRET_OVERLAP_HOURS, webhookEventTypes } from './outgoing-webhook.ts';

const eventTypes = z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length);

export const createEndpointBody = z
  .object({
    url: z.string().trim().max(2000),
    description: z.string().trim().max(500).optional(),
    events: eventTypes,
  })
  .strict();

export const updateEndpointBody = z
  .object({
    url: z.string().trim().max(2000).optional(),
    description: z.string().trim().max(500).optional(),
    events: eventTypes.optional(),
    /** false disables the endpoint (nothing is sent); true enables it again and clears a failing streak. */
    enabled: z.boolean().optional(),
    /** The version read: a change by someone else since answers 409 STALE_VERSION. */
    version: z.number().int().min(1).optional(),
  })
  .strict();

export const rollSecretBody = z
  .object({
    /** How long the previous secret keeps signing beside the new one (0: stops at once). */
    overlap_hours: z.number().int().min(0).max(MAX_SECRET_OVERLAP_HOURS).default(24),
  })
  .strict();

export const endpointResponse = z.object({
  id: z.string(),
  object: z.literal('webhook_endpoint'),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  api_version: z.string(),
  status: z.enum(['enabled', 'disabled']),
  disabled_reason: z.enum(['failing', 'staff']).nullable(),
  failing_since: z.string().nullable(),
  previous_secret_expires_at: z.string().nullable(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  /** The signing secret (`whsec_…`): answered when the endpoint is created and when the secret is rolled, never again. */
  secret: z.string().optional(),
});

export const deliveryResponse = z.object({
  id: z.string(),
  object: z.literal('webhook_delivery'),
  endpoint_id: z.string(),
  event_id: z.string(),
  event_type: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  attempts: z.number().int(),
  next_attempt_at: z.string().nullable(),
  last_attempt_at: z.string().nullable(),
  response_status: z.number().int().nullable(),
  response_body: z.string().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number().int().nullable(),
  replay_of: z.string().nullable(),
  created_at: z.string(),
  /** The event as delivered (on GET of one delivery). */
  payload: z.unknown().optional(),
});

export const eventTypesResponse = z.object({ data: z.array(z.enum(webhookEventTypes)), api_version: z.string() });
