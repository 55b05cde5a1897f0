import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requestMeta, requireContact, type ContactPrincipal } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { presentComment } from '../comment/comment.presenter.ts';
import { commentListResponse, commentResponse, newContactCommentBody } from '../comment/comment.schemas.ts';
import { commentAsContact, listPortalComments } from '../comment/comment.service.ts';
import { disputeResponse } from '../dispute/dispute.schemas.ts';
import { openDispute } from '../dispute/dispute.service.ts';
import { readerLanguageOf } from '../portal-auth/portal-identity.service.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';
import { kindSegments } from './portal-document.ts';
import { newDisputeBody } from './portal-document.schemas.ts';
import { assertPermission, findOwnDocument } from './portal-document.service.ts';

const idParams = slugParams.extend({ id: z.string().min(1).max(64) });
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const threadSegments = ['invoices', 'retainer-invoices', 'estimates'] as const;

/** The conversation on a document (comments both ways) and disputes on invoices, for the contact. */
export function portalThreadRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const signedIn = [requireContact(ctx)];
    const readerLanguage = (contact: ContactPrincipal) => readerLanguageOf(ctx.db, contact.organizationId, contact.identityId, contact.customerId);

    for (const segment of threadSegments) {
      const kind = kindSegments[segment];
      const tags = [`portal: ${segment.replace('-', ' ')}`];
      app.get(
        `/${segment}/:id/comments`,
        { preHandler: signedIn, schema: { tags, summary: 'The thread: the customer’s comments and the staff replies shown in the portal', params: idParams, response: { 200: commentListResponse, ...errors } } },
        async (request) => {
          const contact = contactOf(request);
          const doc = await findOwnDocument(ctx.db, contact, kind, request.params.id);
          assertPermission(contact, 'view_documents');
          const [rows, language] = await Promise.all([listPortalComments(ctx.db, doc.id), readerLanguage(contact)]);
          return { data: rows.map((row) => presentComment(row, language, 'customer')) };
        },
      );

      app.post(
        `/${segment}/:id/comments`,
        { preHandler: signedIn, schema: { tags, summary: 'Comment (plain text; staff are notified)', params: idParams, body: newContactCommentBody, response: { 201: commentResponse, ...errors } } },
        async (request, reply) => {
          const contact = contactOf(request);
          const doc = await findOwnDocument(ctx.db, contact, kind, request.params.id);
          assertPermission(contact, 'view_documents');
          const comment = await commentAsContact(ctx, portalOf(request), contact, doc, request.body.body, requestMeta(request));
          return reply.status(201).send(presentComment(comment, await readerLanguage(contact), 'customer'));
        },
      );
    }

    app.post(
      '/invoices/:id/disputes',
      {
        preHandler: signedIn,
        schema: { tags: ['portal: invoices'], summary: 'Dispute the invoice or one line, with a reason (staff are notified)', params: idParams, body: newDisputeBody, response: { 201: disputeResponse, ...errors, 409: errorResponse } },
      },
      async (request, reply) => {
        const contact = contactOf(request);
        const invoice = await findOwnDocument(ctx.db, contact, 'invoice', request.params.id);
        assertPermission(contact, 'view_documents');
        return reply.status(201).send(await openDispute(ctx, portalOf(request), contact, invoice, request.body, requestMeta(request)));
      },
    );
  };
}
