import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { assertSameOrigin, portalOf, requestMeta, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { hostedPlanParams, hostedPlanResponse, hostedSignUpBody, hostedSignUpHeaders, hostedSignUpResponse } from './hosted-page.schemas.ts';
import { hostedPlan, signUpAndPay } from './hosted-page.service.ts';

/**
 * The hosted payment page's API (`/portal/{slug}/api/hosted-pages/{plan_code}`), public: no session,
 * no cookie. Its one write is refused from other origins and needs the page's form token.
 */
export function hostedPageRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const portal = resolvePortal(ctx);
    const sameOrigin = async (request: FastifyRequest) => assertSameOrigin(ctx, request);
    const tags = ['portal: hosted payment page'];

    app.get(
      '/hosted-pages/:plan_code',
      { preHandler: portal, schema: { tags, summary: "A plan's hosted payment page: branding, price, trial and how to pay (no sign-in)", params: hostedPlanParams, response: { 200: hostedPlanResponse, 404: errorResponse } } },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return hostedPlan(ctx, portalOf(request), request.params.plan_code);
      },
    );

    app.post(
      '/hosted-pages/:plan_code/signups',
      {
        preHandler: [portal, sameOrigin],
        schema: {
          tags,
          summary: 'Sign up and pay the first invoice (Idempotency-Key and X-Form-Token required)',
          params: hostedPlanParams,
          headers: hostedSignUpHeaders,
          body: hostedSignUpBody,
          response: { 201: hostedSignUpResponse, 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse, 429: errorResponse, 502: errorResponse },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        const answer = await signUpAndPay(ctx, {
          organization: portalOf(request),
          planCode: request.params.plan_code,
          body: request.body,
          idempotencyKey: request.headers['idempotency-key'],
          formToken: request.headers['x-form-token'],
          meta: requestMeta(request),
        });
        return reply.status(201).send(answer);
      },
    );
  };
}
