import type { preHandlerAsyncHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { addonResponse, createAddonBody, listAddonsQuery, toAddon, updateAddonBody } from './addon.schemas.ts';
import { archiveAddon, createAddon, getAddon, listAddons, updateAddon } from './addon.service.ts';
import { couponResponse, createCouponBody, listCouponsQuery, toCoupon, updateCouponBody } from './coupon.schemas.ts';
import { archiveCoupon, createCoupon, listCoupons, updateCoupon } from './coupon.service.ts';
import { createProductBody, listProductsQuery, productResponse, toProduct, updateProductBody } from './plan.schemas.ts';
import { getCoupon } from './plan.service.ts';
import { archiveProduct, createProduct, getProduct, listProducts, updateProduct } from './product.service.ts';

const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };
const archivedFilter = 'archived=true|false: only archived or only live ones';

/** Products, add-ons and coupons of the catalogue (the plans' routes register these). */
export function catalogueRoutes(ctx: AppContext, guards: { read: preHandlerAsyncHookHandler; write: preHandlerAsyncHookHandler }): FastifyPluginAsyncZod {
  const { read, write } = guards;
  return async (app) => {
    const org = (request: Parameters<typeof staffOf>[0]) => staffOf(request).organizationId;

    // Products
    const products = ['products'];
    app.get('/products', { preHandler: read, schema: { tags: products, summary: `Products by name (${archivedFilter})`, querystring: listProductsQuery, response: { 200: z.object({ data: z.array(productResponse) }), 400: errorResponse } } }, async (request) => ({
      data: (await listProducts(ctx, org(request), request.query)).map(toProduct),
    }));
    app.post('/products', { preHandler: write, schema: { tags: products, summary: 'Create a product: what its plans sell', body: createProductBody, response: { 201: productResponse, 400: errorResponse } } }, async (request, reply) =>
      reply.status(201).send(toProduct(await createProduct(ctx, org(request), request.body))),
    );
    app.get('/products/:id', { preHandler: read, schema: { tags: products, summary: 'A product', params: idParam, response: { 200: productResponse, 404: errorResponse } } }, async (request) =>
      toProduct(await getProduct(ctx, org(request), request.params.id)),
    );
    app.patch('/products/:id', { preHandler: write, schema: { tags: products, summary: 'Change a product', params: idParam, body: updateProductBody, response: { 200: productResponse, ...changing } } }, async (request) =>
      toProduct(await updateProduct(ctx, org(request), request.params.id, request.body)),
    );
    app.delete('/products/:id', { preHandler: write, schema: { tags: products, summary: 'Archive a product and its plans: no new subscriptions; existing ones go on', params: idParam, response: { 204: z.null(), 404: errorResponse } } }, async (request, reply) => {
      await archiveProduct(ctx, org(request), request.params.id);
      return reply.status(204).send(null);
    });

    // Add-ons
    const addons = ['add-ons'];
    app.get('/addons', { preHandler: read, schema: { tags: addons, summary: `Add-ons by name (${archivedFilter})`, querystring: listAddonsQuery, response: { 200: z.object({ data: z.array(addonResponse) }), 400: errorResponse } } }, async (request) => ({
      data: (await listAddons(ctx, org(request), request.query)).map(toAddon),
    }));
    app.post(
      '/addons',
      { preHandler: write, schema: { tags: addons, summary: 'Create an add-on, recurring or one-off, priced per unit, for plans of its currency (none named: all of them)', body: createAddonBody, response: { 201: addonResponse, ...changing } } },
      async (request, reply) => reply.status(201).send(toAddon(await createAddon(ctx, org(request), request.body))),
    );
    app.get('/addons/:id', { preHandler: read, schema: { tags: addons, summary: 'An add-on', params: idParam, response: { 200: addonResponse, 404: errorResponse } } }, async (request) =>
      toAddon(await getAddon(ctx, org(request), request.params.id)),
    );
    app.patch('/addons/:id', { preHandler: write, schema: { tags: addons, summary: 'Change an add-on (not its currency); subscriptions keep the price they took', params: idParam, body: updateAddonBody, response: { 200: addonResponse, ...changing } } }, async (request) =>
      toAddon(await updateAddon(ctx, org(request), request.params.id, request.body)),
    );
    app.delete('/addons/:id', { preHandler: write, schema: { tags: addons, summary: 'Archive an add-on: it can no longer be added', params: idParam, response: { 204: z.null(), 404: errorResponse } } }, async (request, reply) => {
      await archiveAddon(ctx, org(request), request.params.id);
      return reply.status(204).send(null);
    });

    // Coupons
    const coupons = ['coupons'];
    app.get('/coupons', { preHandler: read, schema: { tags: coupons, summary: `Coupons by code (${archivedFilter})`, querystring: listCouponsQuery, response: { 200: z.object({ data: z.array(couponResponse) }), 400: errorResponse } } }, async (request) => ({
      data: (await listCoupons(ctx, org(request), request.query)).map(toCoupon),
    }));
    app.post(
      '/coupons',
      {
        preHandler: write,
        schema: { tags: coupons, summary: 'Create a coupon: a percentage (basis points) or an amount off, once, for a number of periods or forever; optionally limited in redemptions and time', body: createCouponBody, response: { 201: couponResponse, ...changing } },
      },
      async (request, reply) => reply.status(201).send(toCoupon(await createCoupon(ctx, org(request), request.body))),
    );
    app.get('/coupons/:id', { preHandler: read, schema: { tags: coupons, summary: 'A coupon with how often it was redeemed', params: idParam, response: { 200: couponResponse, 404: errorResponse } } }, async (request) =>
      toCoupon(await getCoupon(ctx.db, org(request), request.params.id)),
    );
    app.patch('/coupons/:id', { preHandler: write, schema: { tags: coupons, summary: "Change a coupon's name, redemption limit or last day; the discount is fixed", params: idParam, body: updateCouponBody, response: { 200: couponResponse, ...changing } } }, async (request) =>
      toCoupon(await updateCoupon(ctx, org(request), request.params.id, request.body)),
    );
    app.delete('/coupons/:id', { preHandler: write, schema: { tags: coupons, summary: 'Archive a coupon: it can no longer be redeemed; subscriptions keep their discount', params: idParam, response: { 204: z.null(), 404: errorResponse } } }, async (request, reply) => {
      await archiveCoupon(ctx, org(request), request.params.id);
      return reply.status(204).send(null);
    });
  };
}
