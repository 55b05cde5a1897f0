import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse, pageOf } from '../../http/schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { changePreviewQuery, changePreviewResponse, convertBody, extendTrialBody, pauseBody, paymentMethodBody, versionOnlyBody } from '../subscription-action/subscription-action.schemas.ts';
import { cancelSubscription, changePaymentMethod, convertTrial, extendTrial, pauseSubscription, reactivateSubscription, resumeSubscription } from '../subscription-action/subscription-action.service.ts';
import { applyChange, changeRequestOfQuery, previewChange } from '../subscription-action/subscription-change.service.ts';
import { daysBetween } from '../../../contract/calendar.ts';
import { portalCancelBody, portalChangeBody, portalSubscriptionListQuery, portalSubscriptionResponse, portalSubscriptionSummary } from './portal-subscription.schemas.ts';
import { assertMayActOnSubscriptions, changeRequests, findOwnSubscription, getPortalSubscription, listPortalSubscriptions, runPortalAction, type PortalActionContext } from './portal-subscription.service.ts';
import { getSubscriptionSettings } from '../subscription-settings/subscription-settings.service.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { AppError } from '../../lib/app-error.ts';
import { portalActionRefusal, type PortalActionRequest } from '../subscription-action/subscription-policy.ts';
import type { ActionResult } from '../subscription-action/subscription-action.service.ts';
import type { SubscriptionSettings } from '../subscription-settings/subscription-settings.service.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';

const tags = ['portal: subscriptions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };
const idParams = slugParams.extend({ id: z.string().min(1).max(100) });

/**
 * The customer's subscriptions in the portal: list and details (view_documents or pay), and the actions
 * (pay) as staff allow them in the subscription settings — refused with 403 ACTION_NOT_ALLOWED naming
 * the action and the subscription's status. Another customer's subscription is a 404.
 */
export function portalSubscriptionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const signedIn = [requireContact(ctx)];
    app.get(
      '/subscriptions',
      { preHandler: signedIn, schema: { tags, summary: 'The customer’s subscriptions, newest first: plan, created on, amount per period, status, next billing date', params: slugParams, querystring: portalSubscriptionListQuery, response: { 200: pageOf(portalSubscriptionSummary), ...errors } } },
      async (request) => listPortalSubscriptions(ctx, contactOf(request), request.query),
    );
    app.get(
      '/subscriptions/:id',
      { preHandler: signedIn, schema: { tags, summary: 'A subscription with its add-ons, coupon, payment method, invoices and the actions the contact may take', params: idParams, response: { 200: portalSubscriptionResponse, ...errors } } },
      async (request) => getPortalSubscription(ctx, portalOf(request), contactOf(request), request.params.id),
    );

    /** One action: the policy asks `requests` (what the body asks of it), then `run` does it. */
    const action = <S extends z.ZodType>(
      path: string,
      summary: string,
      body: S,
      requests: (input: z.infer<S>, sub: SubscriptionsTable, today: string, settings: SubscriptionSettings) => PortalActionRequest[] | Promise<PortalActionRequest[]>,
      run: (input: z.infer<S>, context: PortalActionContext) => Promise<ActionResult>,
    ) =>
      app.post(`/subscriptions/:id/${path}`, { preHandler: signedIn, schema: { tags, summary, params: idParams, body, response: { 200: portalSubscriptionResponse, ...errors } } }, async (request) => {
        const input = request.body as z.infer<S>;
        return runPortalAction(ctx, portalOf(request), contactOf(request), request.params.id, requestMeta(request), (sub, today, settings) => requests(input, sub, today, settings), (context) => run(input, context));
      });

    action(
      'cancel',
      'Cancel immediately or at the end of the period, with a reason from the organization’s list (and text)',
      portalCancelBody,
      (input) => [{ action: 'cancel', timing: input.timing }],
      (input, { sub, actor, notice }) => cancelSubscription(ctx, sub, input, actor, notice),
    );
    action(
      'reactivate',
      'Renew a subscription cancelled at its period end again, before that end',
      versionOnlyBody,
      () => [{ action: 'reactivate' }],
      (input, { sub, actor, notice }) => reactivateSubscription(ctx, sub, input, actor, notice),
    );
    action(
      'convert',
      'End the trial now and start paying: needs a saved payment method (the first invoice is charged with it)',
      convertBody,
      () => [{ action: 'convert_trial' }],
      (input, { sub, actor, notice }) => convertTrial(ctx, sub, input, actor, notice),
    );
    action(
      'extend-trial',
      'Extend the trial by some days, up to the organization’s limit in total',
      extendTrialBody,
      (input) => [{ action: 'extend_trial', days: input.days }],
      (input, { sub, actor, notice }) => extendTrial(ctx, sub, input, actor, notice),
    );
    action(
      'change',
      'Confirm a change of plan, quantity or add-ons: an upgrade now (its proration invoiced), a downgrade at the end of the period',
      portalChangeBody,
      (input, sub, today, settings) => changeRequests(ctx, sub, input, today, settings),
      (input, { sub, actor, notice }) => applyChange(ctx, sub, input, actor, notice),
    );
    action(
      'pause',
      'Pause until resume_on (required here, within the organization’s limit): nothing is billed while paused',
      pauseBody,
      (input, _sub, today) => [{ action: 'pause', days: input.resume_on ? daysBetween(today, input.resume_on) : null }],
      (input, { sub, actor, notice }) => pauseSubscription(ctx, sub, input, actor, notice),
    );
    action(
      'resume',
      'Resume a paused subscription now; its periods move by the days paused',
      versionOnlyBody,
      () => [{ action: 'resume' }],
      (input, { sub, actor, notice }) => resumeSubscription(ctx, sub, input, actor, notice),
    );
    action(
      'payment-method',
      'Charge the subscription with another of the customer’s saved payment methods',
      paymentMethodBody,
      () => [{ action: 'change_payment_method' }],
      (input, { sub, actor, notice }) => changePaymentMethod(ctx, sub, input, actor, notice),
    );

    app.get(
      '/subscriptions/:id/change-preview',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'What a change would do before confirming it: timing, the exact proration and the next invoice (`addons=id:qty,id:qty`, empty for none)',
          params: idParams,
          querystring: changePreviewQuery,
          response: { 200: changePreviewResponse, ...errors },
        },
      },
      async (request) => {
        const contact = contactOf(request);
        const organization = portalOf(request);
        const sub = await findOwnSubscription(ctx, contact, request.params.id);
        assertMayActOnSubscriptions(contact);
        const today = todayOfOrganization(organization, ctx.clock.now());
        const settings = await getSubscriptionSettings(ctx.db, sub.organization_id);
        const input = changeRequestOfQuery(request.query);
        for (const asked of await changeRequests(ctx, sub, input, today, settings)) {
          const refusal = portalActionRefusal(settings, asked, sub, today);
          if (refusal) throw new AppError(refusal.code, refusal.message, refusal.details);
        }
        return previewChange(ctx, sub, input, { portal: true });
      },
    );
  };
}
