import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { customDomainOriginOf } from '../../http/portal-hosts.ts';
import { errorResponse } from '../../http/schemas.ts';
import { AppError } from '../../lib/app-error.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import {
  attemptResponse,
  createPortalPaymentBody,
  paymentOptionsResponse,
  saveMethodBody,
  savedMethodResponse,
  updateMethodBody,
} from './online-payment.schemas.ts';
import {
  attemptIdFor,
  cancelAttempt,
  confirmAttempt,
  createOnlinePayment,
  getAttempt,
  listMethods,
  makeDefault,
  paymentOptions,
  removeMethod,
  saveMethod,
  updateMethod,
  type Payer,
} from './online-payment.service.ts';

const idParams = slugParams.extend({ id: z.string().min(1).max(64) });
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse, 502: errorResponse };
const idempotencyHeaders = z.object({ 'idempotency-key': z.string().max(300).optional() });

/** The signed-in contact as a payer of its customer's invoices. */
export function portalPayer(request: FastifyRequest, publicUrl: string): Payer {
  const contact = contactOf(request);
  // Paying on the portal's custom domain comes back there, where the session's cookie is.
  const origin = customDomainOriginOf(request, publicUrl);
  const portal = portalOf(request);
  if (!contact.customerId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return {
    organizationId: portal.id,
    organizationName: portal.name,
    portalSlug: portal.slug,
    customerId: contact.customerId,
    contactPersonId: contact.contactPersonId,
    permissions: contact.permissions,
    blockWhilePending: parsePortalSettings(portal.portal_settings).block_payment_while_pending,
    source: 'portal',
    browser: requestMeta(request),
    ...(origin ? { returnUrl: (attemptId: string) => `${origin}/payments/return/${attemptId}` } : {}),
  };
}

/** Paying in the portal: options, payments (idempotent), the authentication round trip, saved methods. */
export function onlinePaymentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const signedIn = [requireContact(ctx)];
    const tags = ['portal: payments'];

    app.get(
      '/payment-options',
      { preHandler: signedIn, schema: { tags, summary: 'What can be paid now and how: methods, saved methods, open invoices with what is due, unused credits', params: slugParams, response: { 200: paymentOptionsResponse, ...errors } } },
      async (request) => paymentOptions(ctx, portalPayer(request, ctx.config.publicUrl)),
    );

    app.post(
      '/payments',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Pay invoices online (Idempotency-Key required: a replay answers the first result, the same key with another body is a 409)',
          params: slugParams,
          headers: idempotencyHeaders,
          body: createPortalPaymentBody,
          response: { 201: attemptResponse, ...errors },
        },
      },
      async (request, reply) => {
        const payer = portalPayer(request, ctx.config.publicUrl);
        const scope = `portal:${payer.contactPersonId ?? payer.customerId}`;
        const key = request.headers['idempotency-key'];
        const answer = await runIdempotently(ctx, { organizationId: payer.organizationId, scope, key, required: true, operation: 'POST /portal/payments', body: request.body }, () =>
          createOnlinePayment(ctx, payer, request.body, attemptIdFor(scope, key ?? '')),
        );
        if (answer.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.get(
      '/payment-attempts/:id',
      { preHandler: signedIn, schema: { tags, summary: 'A payment attempt: its status now (read back from the gateway while it is open)', params: idParams, response: { 200: attemptResponse, ...errors } } },
      async (request) => getAttempt(ctx, portalPayer(request, ctx.config.publicUrl), request.params.id),
    );

    app.post(
      '/payment-attempts/:id/confirm',
      { preHandler: signedIn, schema: { tags, summary: 'After the authentication challenge: record the outcome', params: idParams, response: { 200: attemptResponse, ...errors } } },
      async (request) => confirmAttempt(ctx, portalPayer(request, ctx.config.publicUrl), request.params.id),
    );

    app.post(
      '/payment-attempts/:id/cancel',
      { preHandler: signedIn, schema: { tags, summary: 'Give up a payment waiting for authentication; nothing is charged', params: idParams, response: { 200: attemptResponse, ...errors } } },
      async (request) => cancelAttempt(ctx, portalPayer(request, ctx.config.publicUrl), request.params.id),
    );

    const methodTags = ['portal: payment methods'];
    app.get(
      '/payment-methods',
      { preHandler: signedIn, schema: { tags: methodTags, summary: "The account's saved cards and bank accounts (brand, last 4, expiry; never the number)", params: slugParams, response: { 200: z.object({ data: z.array(savedMethodResponse) }), ...errors } } },
      async (request) => ({ data: await listMethods(ctx, portalPayer(request, ctx.config.publicUrl)) }),
    );

    app.post(
      '/payment-methods',
      { preHandler: signedIn, schema: { tags: methodTags, summary: 'Save a card or bank account from a gateway token, without paying', params: slugParams, body: saveMethodBody, response: { 201: savedMethodResponse, ...errors } } },
      async (request, reply) => reply.status(201).send(await saveMethod(ctx, portalPayer(request, ctx.config.publicUrl), request.body)),
    );

    app.patch(
      '/payment-methods/:id',
      { preHandler: signedIn, schema: { tags: methodTags, summary: "Update a card's expiry or a method's billing address", params: idParams, body: updateMethodBody, response: { 200: savedMethodResponse, ...errors } } },
      async (request) => updateMethod(ctx, portalPayer(request, ctx.config.publicUrl), request.params.id, request.body),
    );

    app.delete(
      '/payment-methods/:id',
      { preHandler: signedIn, schema: { tags: methodTags, summary: 'Remove a saved method (at the gateway too)', params: idParams, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await removeMethod(ctx, portalPayer(request, ctx.config.publicUrl), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/payment-methods/:id/default',
      { preHandler: signedIn, schema: { tags: methodTags, summary: 'Make a saved method the default', params: idParams, response: { 200: savedMethodResponse, ...errors } } },
      async (request) => makeDefault(ctx, portalPayer(request, ctx.config.publicUrl), request.params.id),
    );
  };
}
