import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { portalOf, requestMeta, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { documentPdfFile } from '../document-pdf/document-pdf.service.ts';
import { sendPdf } from '../document-pdf/pdf-reply.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { openPayLink, type OpenedPayLink } from '../pay-link/pay-link.service.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { attemptResponse, createPayLinkPaymentBody, payLinkResponse } from './online-payment.schemas.ts';
import { attemptIdFor, cancelAttempt, confirmAttempt, createOnlinePayment, getAttempt, payLinkPage, type Payer } from './online-payment.service.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

const tokenParams = slugParams.extend({ token: z.string().min(1).max(400) });
const attemptParams = tokenParams.extend({ id: z.string().min(1).max(64) });
const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 410: errorResponse, 422: errorResponse, 502: errorResponse };

function payLinkPayer(ctx: AppContext, request: FastifyRequest, token: string, link: OpenedPayLink): Payer {
  const portal = portalOf(request);
  return {
    organizationId: portal.id,
    organizationName: portal.name,
    portalSlug: portal.slug,
    customerId: link.customerId,
    contactPersonId: link.contactPersonId,
    permissions: link.permissions,
    blockWhilePending: parsePortalSettings(portal.portal_settings).block_payment_while_pending,
    source: 'pay_link',
    onlyDocumentId: link.documentId,
    browser: requestMeta(request),
    returnUrl: (attemptId) => `${portalBaseUrl(ctx.config.publicUrl, portal)}/pay/${token}/return/${attemptId}`,
  };
}

/**
 * Paying from an email's pay link, without signing in: the signed token names one invoice and the
 * contact it was sent to; it opens that invoice's page and pays only its balance. Opening it writes
 * nothing, so a mail scanner following it is harmless; payments are idempotent like the portal's.
 */
export function payLinkPaymentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const portal = resolvePortal(ctx);
    const tags = ['portal: pay links'];
    const payerOf = async (request: FastifyRequest, token: string) => {
      const link = await openPayLink(ctx, portalOf(request).id, token);
      return { link, payer: payLinkPayer(ctx, request, token, link) };
    };

    app.get(
      '/pay-links/:token',
      { preHandler: portal, schema: { tags, summary: "A pay link's invoice and how it can be paid (no sign-in)", params: tokenParams, response: { 200: payLinkResponse, ...errors } } },
      async (request) => {
        const { link, payer } = await payerOf(request, request.params.token);
        return payLinkPage(ctx, payer, link.firstName, `/portal/${payer.portalSlug}/api/pay-links/${request.params.token}/pdf`);
      },
    );

    app.get(
      '/pay-links/:token/pdf',
      { preHandler: portal, schema: { tags, summary: "The pay link's invoice as a PDF", params: tokenParams, response: { 200: z.any(), ...errors } } },
      async (request, reply) => {
        const { link, payer } = await payerOf(request, request.params.token);
        return sendPdf(reply, await documentPdfFile(ctx, { organizationId: payer.organizationId, customerId: link.customerId }, link.documentId));
      },
    );

    app.post(
      '/pay-links/:token/payments',
      {
        preHandler: portal,
        schema: { tags, summary: "Pay the pay link's invoice (Idempotency-Key required)", params: tokenParams, headers: z.object({ 'idempotency-key': z.string().max(300).optional() }), body: createPayLinkPaymentBody, response: { 201: attemptResponse, ...errors } },
      },
      async (request, reply) => {
        const { link, payer } = await payerOf(request, request.params.token);
        const scope = `pay_link:${link.contactPersonId}:${link.documentId}`;
        const key = request.headers['idempotency-key'];
        const body = { document_ids: [link.documentId], amount_minor: request.body.amount_minor, currency: request.body.currency, payment_method: request.body.payment_method, save_method: false, credit_note_ids: [] };
        const answer = await runIdempotently(ctx, { organizationId: payer.organizationId, scope, key, required: true, operation: 'POST /pay-links/payments', body: request.body }, () =>
          createOnlinePayment(ctx, payer, body, attemptIdFor(scope, key ?? '')),
        );
        if (answer.replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.get(
      '/pay-links/:token/attempts/:id',
      { preHandler: portal, schema: { tags, summary: 'A payment made from the pay link', params: attemptParams, response: { 200: attemptResponse, ...errors } } },
      async (request) => getAttempt(ctx, (await payerOf(request, request.params.token)).payer, request.params.id),
    );

    app.post(
      '/pay-links/:token/attempts/:id/confirm',
      { preHandler: portal, schema: { tags, summary: 'After the authentication challenge: record the outcome', params: attemptParams, response: { 200: attemptResponse, ...errors } } },
      async (request) => confirmAttempt(ctx, (await payerOf(request, request.params.token)).payer, request.params.id),
    );

    app.post(
      '/pay-links/:token/attempts/:id/cancel',
      { preHandler: portal, schema: { tags, summary: 'Give up a payment waiting for authentication', params: attemptParams, response: { 200: attemptResponse, ...errors } } },
      async (request) => cancelAttempt(ctx, (await payerOf(request, request.params.token)).payer, request.params.id),
    );
  };
}
