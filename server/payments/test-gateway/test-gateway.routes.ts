import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, validationError } from '../../lib/app-error.ts';
import type { TestGatewayDeps } from './test-gateway-deps.ts';
import { answerChallenge, challengeState, completeRefund, loadPayment, outcomeOfState, settleBankPayment, type ChallengeAnswer } from './test-gateway-outcomes.ts';
import { challengeClosedPage, challengePage } from './test-gateway-page.ts';
import { isSameOriginReturnUrl, returnUrlWith } from './test-gateway-rules.ts';
import { challengeForm, challengeQuery, createTokenBody, idParam, paymentIdParam, tokenResponse } from './test-gateway.schemas.ts';
import { createToken } from './test-gateway-tokens.ts';
import { wireOfPayment } from './test-gateway-views.ts';
import { hasTestGatewayWebhookReceiver, registerTestGatewayTasks, setTestGatewayWebhookReceiver, testGatewaySignatureHeader } from './test-gateway-webhooks.ts';

/** Where the test gateway posts its webhooks in Portico when nothing else is set (`setTestGatewayWebhookReceiver`). */
export const testGatewayWebhookPath = '/webhooks/test-gateway';

/**
 * The test gateway's own endpoints, under /test-gateway/v1: a separate service in all but process, so
 * no session, no CSRF and none of Portico's API in its shapes (and left out of Portico's OpenAPI).
 * Registering it also sets the periodic task that settles bank debits and delivers webhooks, and,
 * unless one is set, delivers them in-process to Portico's `POST /webhooks/test-gateway`.
 */
export function testGatewayRoutes(ctx: TestGatewayDeps): FastifyPluginAsyncZod {
  const checkReturnUrl = (url: string): string => {
    if (!isSameOriginReturnUrl(url, ctx.config.publicUrl)) throw validationError('return_url', 'invalid', 'must be an address of this app');
    return url;
  };

  return async (root) => {
    registerTestGatewayTasks();
    if (!hasTestGatewayWebhookReceiver(ctx.db)) {
      setTestGatewayWebhookReceiver(ctx.db, async (payload, signature) =>
        root.inject({ method: 'POST', url: testGatewayWebhookPath, headers: { 'content-type': 'application/json', [testGatewaySignatureHeader.toLowerCase()]: signature }, payload }),
      );
    }

    await root.register(
      async (scope) => {
        const app = scope.withTypeProvider<ZodTypeProvider>();
        // The challenge page's plain HTML forms (no script under the CSP) post form-encoded bodies.
        app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(String(body))));
        });

        app.post(
          '/tokens',
          { schema: { hide: true, body: createTokenBody, response: { 201: tokenResponse } } },
          async (request, reply) => reply.status(201).send(await createToken(ctx, request.body, request.ip)),
        );

        app.get('/challenge/:paymentId', { schema: { hide: true, params: paymentIdParam, querystring: challengeQuery } }, async (request, reply) => {
          const returnUrl = checkReturnUrl(request.query.return_url);
          const { waiting, row } = await challengeState(ctx, request.params.paymentId);
          void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
          if (!waiting) return reply.status(409).send(challengeClosedPage(returnUrlWith(returnUrl, row.reference, outcomeOfState(row))));
          return reply.send(
            challengePage({ paymentId: row.id, amountMinor: row.amount_minor, currency: row.currency, brand: row.brand, last4: row.last4, description: row.description, returnUrl }),
          );
        });

        const answers: Record<ChallengeAnswer, 'approved' | 'failed' | 'abandoned'> = { approve: 'approved', fail: 'failed', abandon: 'abandoned' };
        for (const answer of ['approve', 'fail', 'abandon'] as const) {
          app.post(`/challenge/:paymentId/${answer}`, { schema: { hide: true, params: paymentIdParam, body: challengeForm } }, async (request, reply) => {
            const returnUrl = checkReturnUrl(request.body.return_url);
            const { answered, row } = await answerChallenge(ctx, request.params.paymentId, answer);
            if (!answered) {
              return reply.status(409).type('text/html; charset=utf-8').send(challengeClosedPage(returnUrlWith(returnUrl, row.reference, outcomeOfState(row))));
            }
            return reply.redirect(returnUrlWith(returnUrl, row.reference, answers[answer]), 303);
          });
        }

        // Test-mode controls: settle or fail a processing bank debit now rather than after settleAfterSeconds.
        for (const [action, force] of [['settle', 'succeed'], ['fail', 'fail']] as const) {
          app.post(`/payments/:id/${action}`, { schema: { hide: true, params: idParam } }, async (request) => {
            const { changed, payment } = await settleBankPayment(ctx, request.params.id, force);
            if (!changed) throw new AppError('STATE_CONFLICT', `The payment is ${payment.status}, not processing`);
            return wireOfPayment(payment);
          });
        }

        app.get('/payments/:id', { schema: { hide: true, params: idParam } }, async (request) => wireOfPayment(await loadPayment(ctx.db, ctx.config.publicUrl, request.params.id)));

        app.post('/refunds/:id/settle', { schema: { hide: true, params: idParam } }, async (request) => {
          const { changed, refund } = await completeRefund(ctx, request.params.id);
          if (!changed) throw new AppError('STATE_CONFLICT', `The refund is ${refund.status}, not pending`);
          return { id: refund.id, status: refund.status, amount_minor: refund.amountMinor, failure_message: refund.failureMessage };
        });
      },
      { prefix: '/test-gateway/v1' },
    );
  };
}
