import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import type { SubscriptionActor } from '../subscription/subscription.service.ts';
import type { ActionResult } from './subscription-action-core.ts';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { presentSubscription } from '../subscription/subscription.presenter.ts';
import { subscriptionResponse } from '../subscription/subscription.schemas.ts';
import { getSubscription } from '../subscription/subscription.service.ts';
import {
  cancelBody,
  changeBody,
  changePreviewQuery,
  changePreviewResponse,
  convertBody,
  extendTrialBody,
  idParams,
  pauseBody,
  paymentMethodBody,
  versionOnlyBody,
} from './subscription-action.schemas.ts';
import { staffActorOf } from './subscription-actor.service.ts';
import { cancelSubscription, changePaymentMethod, convertTrial, extendTrial, pauseSubscription, reactivateSubscription, resumeSubscription } from './subscription-action.service.ts';
import { applyChange, changeRequestOfQuery, previewChange } from './subscription-change.service.ts';

const tags = ['subscriptions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

/**
 * Staff and integrations act on any subscription of the organization: the same actions as the portal,
 * without the portal's policy (only what the subscription's state allows: 409 STATE_CONFLICT), each
 * conditional on the version read (409 STALE_VERSION when it changed meanwhile).
 */
export function subscriptionActionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'subscriptions.read' });
  const write = requireStaff(ctx, { scope: 'subscriptions.write' });
  return async (app) => {
    const load = async (organizationId: string, id: string) => getSubscription(ctx.db, organizationId, id);
    /** One action: the subscription as read, the body, the staff member or key as the actor; answers the subscription after it. */
    const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: (sub: SubscriptionsTable, input: z.infer<S>, actor: SubscriptionActor) => Promise<ActionResult>) =>
      app.post(`/subscriptions/:id/${path}`, { preHandler: write, schema: { tags, summary, params: idParams, body, response: { 200: subscriptionResponse, ...errors } } }, async (request) => {
        const staff = staffOf(request);
        const result = await run(await load(staff.organizationId, request.params.id), request.body as z.infer<S>, await staffActorOf(ctx, staff));
        return presentSubscription(ctx.db, result.sub);
      });

    action('cancel', 'Cancel immediately (the unused part of a paid period credited, per the settings or credit_unused) or at the end of the period', cancelBody, (sub, input, actor) => cancelSubscription(ctx, sub, input, actor),
    );
    action('reactivate', 'Renew a non-renewing subscription again, before its end', versionOnlyBody, (sub, input, actor) => reactivateSubscription(ctx, sub, input, actor));
    action('convert', 'End the trial today: live, the first invoice issued and charged with the saved payment method', convertBody, (sub, input, actor) => convertTrial(ctx, sub, input, actor),
    );
    action('extend-trial', 'Make the trial longer by a number of days (the first billing date moves with it)', extendTrialBody, (sub, input, actor) => extendTrial(ctx, sub, input, actor),
    );
    action('change', 'Change plan, quantity or add-ons: an upgrade now with its proration invoiced, a downgrade at the period end (timing overrides)', changeBody, (sub, input, actor) => applyChange(ctx, sub, input, actor),
    );
    action('pause', 'Pause from today (nothing billed while paused), optionally until resume_on', pauseBody, (sub, input, actor) => pauseSubscription(ctx, sub, input, actor));
    action('resume', 'Resume a paused subscription today; its periods move by the days paused', versionOnlyBody, (sub, input, actor) => resumeSubscription(ctx, sub, input, actor));
    action('payment-method', 'Charge the subscription with another saved method of its customer', paymentMethodBody, (sub, input, actor) => changePaymentMethod(ctx, sub, input, actor),
    );

    app.get(
      '/subscriptions/:id/change-preview',
      {
        preHandler: read,
        schema: {
          tags,
          summary: 'What a change of plan, quantity or add-ons (`addons=id:qty,id:qty`) would do: timing, exact proration, the next invoice',
          params: idParams,
          querystring: changePreviewQuery,
          response: { 200: changePreviewResponse, ...errors },
        },
      },
      async (request) => previewChange(ctx, await load(staffOf(request).organizationId, request.params.id), changeRequestOfQuery(request.query), { portal: false }),
    );
  };
}
