import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { newShippingAddressBody, shippingAddressParams, shippingAddressResponse, updateShippingAddressBody } from './customer-address.schemas.ts';
import { addShippingAddress, listStoredAddresses, removeShippingAddress, updateShippingAddress } from './customer-address.service.ts';

const tags = ['customers'];

export function customerAddressRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'orders.read' });
  const write = requireStaff(ctx, { scope: 'orders.write' });
  return async (app) => {
    app.get(
      '/customers/:id/shipping-addresses',
      {
        preHandler: read,
        schema: { tags, summary: "The customer's stored shipping addresses, the default first (the portal offers the customer's own shipping address while none is stored)", params: idParam, response: { 200: z.object({ data: z.array(shippingAddressResponse) }), 404: errorResponse } },
      },
      async (request) => ({ data: await listStoredAddresses(ctx, staffOf(request).organizationId, request.params.id) }),
    );

    app.post(
      '/customers/:id/shipping-addresses',
      {
        preHandler: write,
        schema: { tags, summary: 'Add a shipping address; the first one, or one with is_default, becomes the default', params: idParam, body: newShippingAddressBody, response: { 201: shippingAddressResponse, 400: errorResponse, 404: errorResponse } },
      },
      async (request, reply) => reply.status(201).send(await addShippingAddress(ctx, staffOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/customers/:id/shipping-addresses/:addressId',
      {
        preHandler: write,
        schema: { tags, summary: 'Change a shipping address; is_default: true makes it the default', params: shippingAddressParams, body: updateShippingAddressBody, response: { 200: shippingAddressResponse, 400: errorResponse, 404: errorResponse } },
      },
      async (request) => updateShippingAddress(ctx, staffOf(request), request.params.id, request.params.addressId, request.body),
    );

    app.delete(
      '/customers/:id/shipping-addresses/:addressId',
      { preHandler: write, schema: { tags, summary: 'Remove a shipping address (orders keep it); the default passes to the oldest one left', params: shippingAddressParams, response: { 204: z.null(), 404: errorResponse } } },
      async (request, reply) => {
        await removeShippingAddress(ctx, staffOf(request), request.params.id, request.params.addressId);
        return reply.status(204).send(null);
      },
    );
  };
}
