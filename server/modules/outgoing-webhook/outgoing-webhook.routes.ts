import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { WEBHOOK_API_VERSION, webhookEventTypes } from './outgoing-webhook.ts';
import { createEndpointBody, deliveryResponse, endpointResponse, eventTypesResponse, rollSecretBody, updateEndpointBody } from './outgoing-webhook.schemas.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookDelivery,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  replayWebhookDelivery,
  rollWebhookSecret,
  updateWebhookEndpoint,
} from './outgoing-webhook.service.ts';

const tags = ['webhooks'];

/** The organization's webhook endpoints, their secrets, their delivery log and replays (owners and admins). */
export function outgoingWebhookRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'webhooks.read', roles: ['owner', 'admin'] });
  const write = requireStaff(ctx, { scope: 'webhooks.write', roles: ['owner', 'admin'] });
  return async (app) => {
    app.get(
      '/webhook-event-types',
      { preHandler: read, schema: { tags, summary: 'The event types an endpoint can receive, and the payload version new endpoints get', response: { 200: eventTypesResponse } } },
      async () => ({ data: [...webhookEventTypes], api_version: WEBHOOK_API_VERSION }),
    );

    app.get(
      '/webhook-endpoints',
      { preHandler: read, schema: { tags, summary: 'Webhook endpoints, oldest first', response: { 200: pageOf(endpointResponse) } } },
      async (request) => listWebhookEndpoints(ctx, staffOf(request).organizationId),
    );

    app.post(
      '/webhook-endpoints',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Register an endpoint (https; never a private, loopback or link-local address) for some event types; answers its signing secret this once',
          body: createEndpointBody,
          response: { 201: endpointResponse, 400: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await createWebhookEndpoint(ctx, staffOf(request), request.body)),
    );

    app.get(
      '/webhook-endpoints/:id',
      { preHandler: read, schema: { tags, summary: 'One webhook endpoint', params: idParam, response: { 200: endpointResponse, 404: errorResponse } } },
      async (request) => getWebhookEndpoint(ctx, staffOf(request).organizationId, request.params.id),
    );

    app.patch(
      '/webhook-endpoints/:id',
      {
        preHandler: write,
        schema: { tags, summary: 'Change an endpoint’s URL, description or events, or disable / enable it', params: idParam, body: updateEndpointBody, response: { 200: endpointResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse } },
      },
      async (request) => updateWebhookEndpoint(ctx, staffOf(request).organizationId, request.params.id, request.body),
    );

    app.delete(
      '/webhook-endpoints/:id',
      { preHandler: write, schema: { tags, summary: 'Delete an endpoint with its delivery log', params: idParam, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        await deleteWebhookEndpoint(ctx, staffOf(request).organizationId, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/webhook-endpoints/:id/roll-secret',
      {
        preHandler: write,
        schema: { tags, summary: 'A new signing secret; the previous one keeps signing beside it for overlap_hours (default 24, at most 72)', params: idParam, body: rollSecretBody, response: { 200: endpointResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse } },
      },
      async (request) => rollWebhookSecret(ctx, staffOf(request).organizationId, request.params.id, request.body.overlap_hours),
    );

    app.get(
      '/webhook-endpoints/:id/deliveries',
      { preHandler: read, schema: { tags, summary: 'The endpoint’s delivery log, newest first: status, attempts, the last answer', params: idParam, querystring: pagingQuery, response: { 200: pageOf(deliveryResponse), 400: errorResponse, 404: errorResponse } } },
      async (request) => listWebhookDeliveries(ctx, staffOf(request).organizationId, request.params.id, request.query),
    );

    app.get(
      '/webhook-deliveries/:id',
      { preHandler: read, schema: { tags, summary: 'One delivery with the event it carries', params: idParam, response: { 200: deliveryResponse, 404: errorResponse } } },
      async (request) => getWebhookDelivery(ctx, staffOf(request).organizationId, request.params.id),
    );

    app.post(
      '/webhook-deliveries/:id/replay',
      { preHandler: write, schema: { tags, summary: 'Send a delivery’s event again, now, as a new delivery', params: idParam, response: { 201: deliveryResponse, 404: errorResponse, 409: errorResponse } } },
      async (request, reply) => reply.status(201).send(await replayWebhookDelivery(ctx, staffOf(request).organizationId, request.params.id)),
    );
  };
}
