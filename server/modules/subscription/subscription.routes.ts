import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { sendVersionTag } from '../../http/versions.ts';
import { presentSubscription, presentSubscriptionEvent, presentSubscriptionSummaries } from './subscription.presenter.ts';
import { createSubscriptionBody, listSubscriptionsQuery, subscriptionFromEstimateBody, subscriptionEventsResponse, subscriptionResponse, subscriptionSummaryResponse } from './subscription.schemas.ts';
import { createSubscriptionFromEstimate } from './subscription-from-estimate.service.ts';
import { createSubscription, getSubscription, listSubscriptionEvents, listSubscriptions, staffSubscriptionActor } from './subscription.service.ts';

const tags = ['subscriptions'];

/** Staff side of subscriptions: list, create, detail with invoices, history. */
export function subscriptionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'subscriptions.read' });
  const write = requireStaff(ctx, { scope: 'subscriptions.write' });
  return async (app) => {
    app.get(
      '/subscriptions',
      { preHandler: read, schema: { tags, summary: 'List subscriptions, filtered by status, customer or plan', querystring: listSubscriptionsQuery, response: { 200: pageOf(subscriptionSummaryResponse), 400: errorResponse } } },
      async (request) => {
        const page = await listSubscriptions(ctx, staffOf(request).organizationId, request.query);
        return presentPage(page, (rows) => presentSubscriptionSummaries(ctx.db, rows));
      },
    );

    app.post(
      '/subscriptions',
      {
        preHandler: write,
        schema: {
          tags,
          summary: "Subscribe a customer to a plan: a trial when the plan has trial days (unless `trial: false`), else live with the first period's invoice issued, mailed and charged to the saved method when auto-collect is on",
          body: createSubscriptionBody,
          response: { 201: subscriptionResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        const body = request.body;
        const sub = await createSubscription(
          ctx,
          {
            organizationId: staff.organizationId,
            customerId: body.customer_id,
            planId: body.plan_id,
            quantity: body.quantity,
            addons: body.addons,
            couponCode: body.coupon_code,
            startDate: body.start_date,
            trial: body.trial,
            paymentMethodId: body.payment_method_id,
            autoCollect: body.auto_collect,
            source: 'staff',
          },
          await staffSubscriptionActor(ctx.db, staff),
        );
        sendVersionTag(reply, sub.version);
        return reply.status(201).send(await presentSubscription(ctx.db, sub));
      },
    );

    app.post(
      '/estimates/:id/subscription',
      {
        preHandler: write,
        schema: {
          tags,
          summary:
            "Start a subscription from an accepted estimate: its customer on a plan in the estimate's currency (422 CURRENCY_MISMATCH), created as `POST /subscriptions` creates one; an estimate makes one subscription (409 CONFLICT naming it), and one not accepted is refused (409 STATE_CONFLICT)",
          params: idParam,
          body: subscriptionFromEstimateBody,
          response: { 201: subscriptionResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        const body = request.body;
        const sub = await createSubscriptionFromEstimate(
          ctx,
          {
            organizationId: staff.organizationId,
            estimateId: request.params.id,
            planId: body.plan_id,
            quantity: body.quantity,
            startDate: body.start_date,
            paymentMethodId: body.payment_method_id,
            autoCollect: body.auto_collect,
          },
          await staffSubscriptionActor(ctx.db, staff),
        );
        sendVersionTag(reply, sub.version);
        return reply.status(201).send(await presentSubscription(ctx.db, sub));
      },
    );

    app.get(
      '/subscriptions/:id',
      { preHandler: read, schema: { tags, summary: 'A subscription with its add-ons, coupon, payment method and invoices; the ETag is its version', params: idParam, response: { 200: subscriptionResponse, 404: errorResponse } } },
      async (request, reply) => {
        const sub = await getSubscription(ctx.db, staffOf(request).organizationId, request.params.id);
        sendVersionTag(reply, sub.version);
        return presentSubscription(ctx.db, sub);
      },
    );

    app.get(
      '/subscriptions/:id/events',
      { preHandler: read, schema: { tags, summary: 'The history of a subscription, oldest first: every change, invoice, charge and who made it', params: idParam, response: { 200: subscriptionEventsResponse, 404: errorResponse } } },
      async (request) => {
        const sub = await getSubscription(ctx.db, staffOf(request).organizationId, request.params.id);
        return { data: (await listSubscriptionEvents(ctx.db, sub)).map(presentSubscriptionEvent) };
      },
    );
  };
}
