import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { buildMe, buildMeFor, meSessionOf } from '../portal-auth/portal-auth.me.ts';
import { codeBody, meResponse, slugParams } from '../portal-auth/portal-auth.schemas.ts';
import {
  changePasswordBody,
  dashboardResponse,
  recoveryCodesResponse,
  switchAccountBody,
  twoFactorSetupResponse,
  updateMeBody,
} from './portal-account.schemas.ts';
import { changePassword, getDashboard, switchAccount, updateMe } from './portal-account.service.ts';
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorSetup } from './two-factor.service.ts';

const tags = ['portal: my account'];
const authErrors = { 401: errorResponse, 403: errorResponse };

export function portalAccountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const signedIn = [requireContact(ctx)];
    const anyState = [requireContact(ctx, { allowPendingTwoFactor: true, allowWithoutAccount: true, allowTwoFactorSetup: true })];
    const enrolling = [requireContact(ctx, { allowTwoFactorSetup: true })];
    const me = (request: Parameters<typeof contactOf>[0]) => buildMe(ctx, ctx.db, portalOf(request), meSessionOf(contactOf(request)));

    app.get(
      '/me',
      { preHandler: anyState, schema: { tags, summary: 'Who is signed in, and the next step when sign-in is not complete', params: slugParams, response: { 200: meResponse, ...authErrors } } },
      async (request) => {
        // A read: the person and account the guard has just read are current.
        const contact = contactOf(request);
        return buildMeFor(ctx, ctx.db, portalOf(request), contact.identity, meSessionOf(contact), contact.account);
      },
    );

    app.patch(
      '/me',
      {
        preHandler: signedIn,
        schema: { tags, summary: 'Change own name, phone or language', params: slugParams, body: updateMeBody, response: { 200: meResponse, 400: errorResponse, ...authErrors } },
      },
      async (request) => {
        await updateMe(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request));
        return me(request);
      },
    );

    app.put(
      '/me/password',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Change the password (needs the current one); other sessions end',
          params: slugParams,
          body: changePasswordBody,
          response: { 200: meResponse, 400: errorResponse, ...authErrors, 422: errorResponse, 429: errorResponse },
        },
      },
      async (request) => {
        await changePassword(ctx, portalOf(request), contactOf(request), request.body, requestMeta(request));
        return me(request);
      },
    );

    app.put(
      '/me/account',
      {
        preHandler: [requireContact(ctx, { allowWithoutAccount: true })],
        schema: { tags, summary: 'Act as another account of the same person', params: slugParams, body: switchAccountBody, response: { 200: meResponse, ...authErrors, 404: errorResponse } },
      },
      async (request) => {
        const contact = contactOf(request);
        await switchAccount(ctx, contact, request.body.contact_person_id);
        return buildMe(ctx, ctx.db, portalOf(request), { ...meSessionOf(contact), contactPersonId: request.body.contact_person_id });
      },
    );

    app.post(
      '/me/two-factor/setup',
      {
        preHandler: enrolling,
        schema: { tags, summary: 'Start two-factor set-up: a new secret and its QR code', params: slugParams, response: { 200: twoFactorSetupResponse, ...authErrors, 409: errorResponse } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return startTwoFactorSetup(ctx, portalOf(request), contactOf(request));
      },
    );

    app.post(
      '/me/two-factor/confirm',
      {
        preHandler: enrolling,
        schema: {
          tags,
          summary: 'Confirm with a code from the app; answers the recovery codes, shown once',
          params: slugParams,
          body: codeBody,
          response: { 200: recoveryCodesResponse, 400: errorResponse, ...authErrors, 409: errorResponse, 429: errorResponse },
        },
      },
      async (request) => ({ recovery_codes: await confirmTwoFactor(ctx, contactOf(request), request.body.code) }),
    );

    app.post(
      '/me/two-factor/recovery-codes',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'A new set of recovery codes (the old ones stop working)',
          params: slugParams,
          body: codeBody,
          response: { 200: recoveryCodesResponse, 400: errorResponse, ...authErrors, 409: errorResponse, 429: errorResponse },
        },
      },
      async (request) => ({ recovery_codes: await regenerateRecoveryCodes(ctx, contactOf(request), request.body.code) }),
    );

    app.delete(
      '/me/two-factor',
      {
        preHandler: signedIn,
        schema: {
          tags,
          summary: 'Turn two-factor off with a current code or a recovery code',
          params: slugParams,
          body: codeBody,
          response: { 200: meResponse, 400: errorResponse, ...authErrors, 409: errorResponse, 429: errorResponse },
        },
      },
      async (request) => {
        await disableTwoFactor(ctx, portalOf(request), contactOf(request), request.body.code);
        return me(request);
      },
    );

    app.get(
      '/dashboard',
      { preHandler: signedIn, schema: { tags: ['portal: dashboard'], summary: 'Banner, the business’s contact details, recent activity', params: slugParams, response: { 200: dashboardResponse, ...authErrors } } },
      async (request) => getDashboard(ctx, portalOf(request), contactOf(request)),
    );
  };
}
