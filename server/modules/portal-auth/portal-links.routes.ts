import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { portalOf, requestMeta, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { completePasswordReset, consumeSignInLink, requestEmailLink, viewEmailLink } from './email-link.service.ts';
import { setPortalCookie } from './portal-auth.cookies.ts';
import { buildMe } from './portal-auth.me.ts';
import {
  acceptedResponse,
  emailBody,
  linkResponse,
  meResponse,
  passwordBody,
  signUpBody,
  signUpLinkResponse,
  slugParams,
  tokenParams,
} from './portal-auth.schemas.ts';
import { completeSignUp, requestSignUp, viewSignUp } from './signup.service.ts';

const tokenErrors = { 404: errorResponse, 410: errorResponse };

/** Everything that starts with an email: password reset, one-time sign-in links, self sign-up. */
export function portalLinkRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const portal = resolvePortal(ctx);

    app.post(
      '/password-reset',
      {
        preHandler: portal,
        schema: {
          tags: ['portal: password reset'],
          summary: 'Mail a reset link; always 202, whether or not the address has access',
          params: slugParams,
          body: emailBody,
          response: { 202: acceptedResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        await requestEmailLink(ctx, portalOf(request), 'password_reset', request.body.email, requestMeta(request));
        return reply.status(202).send({ accepted: true });
      },
    );

    app.get(
      '/password-reset/:token',
      {
        preHandler: portal,
        schema: { tags: ['portal: password reset'], summary: 'What a reset link is for; looking does not use it', params: tokenParams, response: { 200: linkResponse, ...tokenErrors } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return viewEmailLink(ctx, portalOf(request), 'password_reset', request.params.token);
      },
    );

    app.post(
      '/password-reset/:token',
      {
        preHandler: portal,
        schema: {
          tags: ['portal: password reset'],
          summary: 'Set a new password and sign in; every other session ends',
          params: tokenParams,
          body: passwordBody,
          response: { 200: meResponse, ...tokenErrors, 422: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const organization = portalOf(request);
        const signIn = await completePasswordReset(ctx, organization, request.params.token, request.body.password, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return buildMe(ctx, ctx.db, organization, signIn.me);
      },
    );

    app.post(
      '/signin-link',
      {
        preHandler: portal,
        schema: {
          tags: ['portal: sign-in link'],
          summary: 'Mail a one-time sign-in link (valid 10 minutes); always 202',
          params: slugParams,
          body: emailBody,
          response: { 202: acceptedResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        await requestEmailLink(ctx, portalOf(request), 'signin_link', request.body.email, requestMeta(request));
        return reply.status(202).send({ accepted: true });
      },
    );

    app.get(
      '/signin-link/:token',
      {
        preHandler: portal,
        schema: { tags: ['portal: sign-in link'], summary: 'What a sign-in link is for; looking does not use it', params: tokenParams, response: { 200: linkResponse, ...tokenErrors } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return viewEmailLink(ctx, portalOf(request), 'signin_link', request.params.token);
      },
    );

    app.post(
      '/signin-link/:token',
      {
        preHandler: portal,
        schema: {
          tags: ['portal: sign-in link'],
          summary: 'Sign in with the link (once)',
          params: tokenParams,
          response: { 200: meResponse, ...tokenErrors, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const organization = portalOf(request);
        const signIn = await consumeSignInLink(ctx, organization, request.params.token, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return buildMe(ctx, ctx.db, organization, signIn.me);
      },
    );

    app.post(
      '/signup',
      {
        preHandler: portal,
        schema: {
          tags: ['portal: sign-up'],
          summary: 'Self sign-up where the portal allows it: mails a verification link; always 202',
          params: slugParams,
          body: signUpBody,
          response: { 202: acceptedResponse, 403: errorResponse, 422: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        await requestSignUp(ctx, portalOf(request), request.body, requestMeta(request));
        return reply.status(202).send({ accepted: true });
      },
    );

    app.get(
      '/signup/:token',
      {
        preHandler: portal,
        schema: { tags: ['portal: sign-up'], summary: 'What a verification link is for; looking does not use it', params: tokenParams, response: { 200: signUpLinkResponse, 403: errorResponse, ...tokenErrors } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return viewSignUp(ctx, portalOf(request), request.params.token);
      },
    );

    app.post(
      '/signup/:token',
      {
        preHandler: portal,
        schema: {
          tags: ['portal: sign-up'],
          summary: 'Confirm the address: creates the customer and contact, signs in, notifies staff',
          params: tokenParams,
          response: { 200: meResponse, 403: errorResponse, ...tokenErrors, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const organization = portalOf(request);
        const signIn = await completeSignUp(ctx, organization, request.params.token, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return buildMe(ctx, ctx.db, organization, signIn.me);
      },
    );
  };
}
