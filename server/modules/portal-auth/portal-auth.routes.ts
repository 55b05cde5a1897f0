import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, PORTAL_COOKIE, portalOf, requestMeta, requireContact, resolvePortal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { AppError } from '../../lib/app-error.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { endSession } from '../session/session.service.ts';
import { acceptInvitation, viewInvitation } from './invitation-accept.service.ts';
import { clearPortalCookie, setPortalCookie } from './portal-auth.cookies.ts';
import { buildMe, meSessionOf } from './portal-auth.me.ts';
import { brandingResponse, codeBody, invitationResponse, meResponse, passwordBody, signInBody, slugParams, tokenParams } from './portal-auth.schemas.ts';
import { portalLinkRoutes } from './portal-links.routes.ts';
import { completeTwoFactorSignIn, signInWithPassword } from './portal-session.service.ts';

const tags = ['portal: sign-in'];
const tokenErrors = { 404: errorResponse, 410: errorResponse };

export function portalAuthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const portal = resolvePortal(ctx);

    app.get(
      '/portal',
      { preHandler: portal, schema: { tags, summary: 'Public branding of the portal', params: slugParams, response: { 200: brandingResponse, 404: errorResponse } } },
      async (request) => {
        const organization = portalOf(request);
        const settings = parsePortalSettings(organization.portal_settings);
        return {
          name: organization.name,
          portal_name: settings.portal_name || organization.name,
          slug: organization.slug,
          brand_color: organization.brand_color,
          logo_url: organization.logo_url,
          allow_self_signup: settings.allow_self_signup,
          contact: { email: organization.email, phone: organization.phone, address: organization.address, website: organization.website },
          time_zone: organization.time_zone,
        };
      },
    );

    app.get(
      '/invitations/:token',
      {
        preHandler: portal,
        schema: { tags, summary: 'What an invitation link is for; looking does not use it', params: tokenParams, response: { 200: invitationResponse, ...tokenErrors } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return viewInvitation(ctx, portalOf(request), request.params.token);
      },
    );

    app.post(
      '/invitations/:token/accept',
      {
        preHandler: portal,
        schema: {
          tags,
          summary: 'Accept an invitation: set the password (or confirm the existing one) and sign in',
          params: tokenParams,
          body: passwordBody,
          response: { 200: meResponse, 400: errorResponse, ...tokenErrors, 422: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const organization = portalOf(request);
        const signIn = await acceptInvitation(ctx, organization, request.params.token, request.body.password, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return buildMe(ctx, ctx.db, organization, signIn.me);
      },
    );

    app.post(
      '/session',
      {
        preHandler: portal,
        schema: {
          tags,
          summary: 'Sign in with email and password',
          params: slugParams,
          body: signInBody,
          response: { 200: meResponse, 401: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const organization = portalOf(request);
        const signIn = await signInWithPassword(ctx, organization, request.body.email, request.body.password, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return buildMe(ctx, ctx.db, organization, signIn.me);
      },
    );

    app.post(
      '/session/two-factor',
      {
        preHandler: [requireContact(ctx, { allowPendingTwoFactor: true })],
        schema: {
          tags,
          summary: 'Second sign-in step: a code from the authenticator app, or a recovery code',
          params: slugParams,
          body: codeBody,
          response: { 200: meResponse, 401: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const organization = portalOf(request);
        const contact = contactOf(request);
        if (!contact.pendingTwoFactor) return buildMe(ctx, ctx.db, organization, meSessionOf(contact));
        const signIn = await completeTwoFactorSignIn(ctx, organization, contact, request.body.code, requestMeta(request));
        setPortalCookie(ctx, request, reply, signIn.session);
        return buildMe(ctx, ctx.db, organization, signIn.me);
      },
    );

    app.delete(
      '/session',
      { preHandler: portal, schema: { tags, summary: 'Sign out', params: slugParams, response: { 204: z.null(), 403: errorResponse } } },
      async (request, reply) => {
        // Signing out works even with an expired session; with a live one it needs the CSRF header.
        if (request.cookies[PORTAL_COOKIE]) {
          try {
            await requireContact(ctx, { allowPendingTwoFactor: true, allowWithoutAccount: true, allowTwoFactorSetup: true }).call(app, request, reply);
            await endSession(ctx, contactOf(request).sessionId);
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'UNAUTHENTICATED') throw error;
          }
        }
        clearPortalCookie(ctx, request, reply);
        return reply.status(204).send(null);
      },
    );

    await app.register(portalLinkRoutes(ctx));
  };
}
