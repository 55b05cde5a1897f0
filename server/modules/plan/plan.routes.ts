import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { seenVersion, sendVersionTag } from '../../http/versions.ts';
import { catalogueRoutes } from './catalogue.routes.ts';
import { createPlanBody, listPlansQuery, planResponse, toPlan, updatePlanBody, type PlanResponse } from './plan.schemas.ts';
import { archivePlan, createPlan, getPlan, listPlans, updatePlan } from './plan.service.ts';

const tags = ['plans'];
const versioned = '. Send the version you saw as If-Match (the ETag) or `version` to be refused with 409 STALE_VERSION if the plan changed since';
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

/** The subscription catalogue: products, plans, add-ons and coupons (staff, subscriptions.read / .write). */
export function planRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'subscriptions.read' });
  const write = requireStaff(ctx, { scope: 'subscriptions.write' });
  return async (app) => {
    const tagged = (reply: FastifyReply, plan: PlanResponse): PlanResponse => {
      sendVersionTag(reply, plan.version);
      return plan;
    };

    await app.register(catalogueRoutes(ctx, { read, write }));

    app.get(
      '/plans',
      { preHandler: read, schema: { tags, summary: 'Plans by name (product_id: of one product; active=true|false: not archived or archived)', querystring: listPlansQuery, response: { 200: z.object({ data: z.array(planResponse) }), 400: errorResponse } } },
      async (request) => ({ data: (await listPlans(ctx, staffOf(request).organizationId, request.query)).map(toPlan) }),
    );

    app.post(
      '/plans',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Create a plan of a product: a price per billing period in one currency, trial days, a setup fee, a tax and the plans customers may change to; the code (unique: 409) is its hosted page address',
          body: createPlanBody,
          response: { 201: planResponse, ...changing },
        },
      },
      async (request, reply) => reply.status(201).send(tagged(reply, toPlan(await createPlan(ctx, staffOf(request).organizationId, request.body)))),
    );

    app.get(
      '/plans/:id',
      { preHandler: read, schema: { tags, summary: 'A plan; the ETag is its version', params: idParam, response: { 200: planResponse, 404: errorResponse } } },
      async (request, reply) => tagged(reply, toPlan(await getPlan(ctx.db, staffOf(request).organizationId, request.params.id))),
    );

    app.patch(
      '/plans/:id',
      { preHandler: write, schema: { tags, summary: `Change a plan (not its currency); subscriptions keep the price they took${versioned}`, params: idParam, body: updatePlanBody, response: { 200: planResponse, ...changing } } },
      async (request, reply) => {
        const { version, ...changes } = request.body;
        return tagged(reply, toPlan(await updatePlan(ctx, staffOf(request).organizationId, request.params.id, changes, seenVersion(request, version))));
      },
    );

    app.delete(
      '/plans/:id',
      { preHandler: write, schema: { tags, summary: `Archive a plan: no new subscriptions or changes to it; its subscriptions go on${versioned}`, params: idParam, response: { 204: z.null(), ...changing } } },
      async (request, reply) => {
        await archivePlan(ctx, staffOf(request).organizationId, request.params.id, seenVersion(request));
        return reply.status(204).send(null);
      },
    );
  };
}
