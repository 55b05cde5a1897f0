import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageSchema, staffRoles } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requestMeta, requireStaff, STAFF_COOKIE, staffOf } from '../../http/auth.ts';
import { emailField, errorResponse, idParam, pageOf, pagingQuery, passwordField } from '../../http/schemas.ts';
import { staffSessionResponse, staffUserResponse } from '../organization/organization.schemas.ts';
import { toOrganizationResponse, toStaffUserResponse } from '../organization/organization.presenter.ts';
import { findOrganization, findStaffUser } from '../organization/organization.service.ts';
import { csrfTokenFor, endSession } from '../session/session.service.ts';
import { clearStaffCookie, setStaffCookie } from './staff-session.cookies.ts';
import { createStaffUser, listStaffUsers, signInStaff, updateOwnLanguage, updateStaffUser } from './staff-session.service.ts';
import { AppError } from '../../lib/app-error.ts';

const signInBody = z.object({ email: emailField, password: passwordField });
const updateMeBody = z.object({ language: languageSchema }).strict();

function signedInStaffUserId(staff: { staffUserId: string | null }): string {
  // The profile belongs to a person; an API key has none.
  if (!staff.staffUserId) throw new AppError('FORBIDDEN', 'The profile belongs to a signed-in staff member');
  return staff.staffUserId;
}

export function staffSessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/session',
      {
        schema: {
          tags: ['staff session'],
          summary: 'Staff sign-in',
          body: signInBody,
          response: { 200: staffSessionResponse, 401: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const { user, organization, session } = await signInStaff(ctx, request.body.email, request.body.password, requestMeta(request));
        setStaffCookie(ctx, reply, session);
        void reply.header('cache-control', 'no-store');
        return { user: toStaffUserResponse(user), organization: toOrganizationResponse(ctx, organization), csrf_token: session.csrfToken };
      },
    );

    app.get(
      '/session',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read' }),
        schema: { tags: ['staff session'], summary: 'The signed-in staff member', response: { 200: staffSessionResponse } },
      },
      async (request) => {
        const staff = staffOf(request);
        if (!staff.staffUserId || !staff.sessionToken) throw new AppError('UNAUTHENTICATED', 'Only a signed-in staff member has a session');
        const [user, organization] = await Promise.all([findStaffUser(ctx.db, staff.staffUserId), findOrganization(ctx.db, staff.organizationId)]);
        if (!user || !organization) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        return { user: toStaffUserResponse(user), organization: toOrganizationResponse(ctx, organization), csrf_token: csrfTokenFor(ctx, staff.sessionToken) };
      },
    );

    app.delete(
      '/session',
      { schema: { tags: ['staff session'], summary: 'Staff sign-out' } },
      async (request, reply) => {
        // Signing out works even with an expired session; with a live one it needs the CSRF header.
        if (request.cookies[STAFF_COOKIE]) {
          try {
            await requireStaff(ctx, { scope: 'settings.read' }).call(app, request, reply);
            const staff = staffOf(request);
            if (staff.sessionId) await endSession(ctx, staff.sessionId);
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'UNAUTHENTICATED') throw error;
          }
        }
        clearStaffCookie(ctx, reply);
        return reply.status(204).send();
      },
    );

    app.get(
      '/me',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read' }),
        schema: { tags: ['staff session'], summary: 'The signed-in staff member’s profile', response: { 200: staffUserResponse, 403: errorResponse } },
      },
      async (request) => {
        const user = await findStaffUser(ctx.db, signedInStaffUserId(staffOf(request)));
        if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
        return toStaffUserResponse(user);
      },
    );

    app.patch(
      '/me',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write' }),
        schema: {
          tags: ['staff session'],
          summary: 'Change the signed-in staff member’s language (the admin console’s, their notifications’ and their emails’)',
          body: updateMeBody,
          response: { 200: staffUserResponse, 400: errorResponse, 403: errorResponse },
        },
      },
      async (request) => toStaffUserResponse(await updateOwnLanguage(ctx, signedInStaffUserId(staffOf(request)), request.body.language)),
    );

    app.get(
      '/staff-users',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['staff users'],
          summary: 'Staff of the organization, in the order they joined',
          querystring: pagingQuery,
          response: { 200: pageOf(staffUserResponse.extend({ disabled: z.boolean() })), 400: errorResponse },
        },
      },
      async (request) =>
        presentPage(await listStaffUsers(ctx, staffOf(request).organizationId, request.query), (users) =>
          users.map((user) => ({ ...toStaffUserResponse(user), disabled: user.disabled_at !== null })),
        ),
    );

    app.post(
      '/staff-users',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['staff users'],
          summary: 'Add a staff member',
          body: z.object({ name: z.string().trim().min(1).max(120), email: emailField, role: z.enum(staffRoles), password: passwordField, language: languageSchema.optional() }),
          response: { 201: staffUserResponse, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const staff = staffOf(request);
        if (request.body.role === 'owner' && staff.role !== 'owner') throw new AppError('FORBIDDEN', 'Only an owner can add another owner');
        // A new colleague starts in the language of whoever adds them, unless told otherwise.
        const user = await createStaffUser(ctx, staff.organizationId, { ...request.body, language: request.body.language ?? staff.language });
        return reply.status(201).send(toStaffUserResponse(user));
      },
    );

    app.patch(
      '/staff-users/:id',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', roles: ['owner', 'admin'] }),
        schema: {
          tags: ['staff users'],
          summary: 'Change a staff member’s role, or disable them (their sessions end)',
          params: idParam,
          body: z.object({ role: z.enum(staffRoles).optional(), disabled: z.boolean().optional() }).strict(),
          response: { 200: staffUserResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request) => {
        const staff = staffOf(request);
        if (request.body.role === 'owner' && staff.role !== 'owner') throw new AppError('FORBIDDEN', 'Only an owner can make another owner');
        return toStaffUserResponse(await updateStaffUser(ctx, staff.organizationId, staff.staffUserId, request.params.id, request.body));
      },
    );
  };
}
