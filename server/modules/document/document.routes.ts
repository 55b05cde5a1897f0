import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { documentKinds, documentPaths } from './document.ts';
import { convertEstimateToInvoice, sendDocument, voidDocument } from './document-lifecycle.service.ts';
import { presentDocument, presentDocumentSummaries } from './document.presenter.ts';
import { createDocumentBody, documentResponse, documentSummaryResponse, listDocumentsQuery, updateDocumentBody } from './document.schemas.ts';
import { createDocument, deleteDocument, getDocument, listDocuments, updateDocument } from './document.service.ts';

const nouns: Record<DocumentKind, string> = { estimate: 'estimate', invoice: 'invoice', retainer_invoice: 'retainer invoice', credit_note: 'credit note' };

export function documentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'customers.write' });
  return async (app) => {
    for (const kind of documentKinds) {
      const path = `/${documentPaths[kind]}`;
      const noun = nouns[kind];
      const tags = [`${noun}s`];
      const present = async (organizationId: string, id: string) => presentDocument(ctx.db, await getDocument(ctx.db, organizationId, id, kind), ctx.clock.now());

      app.get(path, { preHandler: read, schema: { tags, summary: `List ${noun}s`, querystring: listDocumentsQuery, response: { 200: pageOf(documentSummaryResponse) } } }, async (request) => {
        const page = await listDocuments(ctx, staffOf(request).organizationId, kind, request.query);
        return presentPage(page, (rows) => presentDocumentSummaries(ctx.db, rows, ctx.clock.now()));
      });

      app.post(path, { preHandler: write, schema: { tags, summary: `Create a draft ${noun}`, body: createDocumentBody, response: { 201: documentResponse, 400: errorResponse, 404: errorResponse } } }, async (request, reply) => {
        const staff = staffOf(request);
        const document = await createDocument(ctx, staff, kind, request.body);
        return reply.status(201).send(await presentDocument(ctx.db, document, ctx.clock.now()));
      });

      app.get(`${path}/:id`, { preHandler: read, schema: { tags, summary: `A ${noun} with its lines`, params: idParam, response: { 200: documentResponse, 404: errorResponse } } }, async (request) =>
        present(staffOf(request).organizationId, request.params.id),
      );

      app.patch(
        `${path}/:id`,
        { preHandler: write, schema: { tags, summary: `Change a ${noun}; new lines replace the old ones`, params: idParam, body: updateDocumentBody, response: { 200: documentResponse, 404: errorResponse, 409: errorResponse } } },
        async (request) => {
          const staff = staffOf(request);
          await updateDocument(ctx, staff, kind, request.params.id, request.body);
          return present(staff.organizationId, request.params.id);
        },
      );

      app.delete(`${path}/:id`, { preHandler: write, schema: { tags, summary: `Delete a draft ${noun}`, params: idParam, response: { 204: z.null(), 404: errorResponse, 409: errorResponse } } }, async (request, reply) => {
        await deleteDocument(ctx, staffOf(request), kind, request.params.id);
        return reply.status(204).send(null);
      });

      app.post(
        `${path}/:id/send`,
        { preHandler: write, schema: { tags, summary: `Send the ${noun}: it appears in the portal and its contacts are emailed`, params: idParam, response: { 200: documentResponse, 404: errorResponse, 409: errorResponse } } },
        async (request) => {
          const staff = staffOf(request);
          await sendDocument(ctx, staff, kind, request.params.id);
          return present(staff.organizationId, request.params.id);
        },
      );

      if (kind !== 'estimate') {
        app.post(`${path}/:id/void`, { preHandler: write, schema: { tags, summary: `Void the ${noun}`, params: idParam, response: { 200: documentResponse, 404: errorResponse, 409: errorResponse } } }, async (request) => {
          const staff = staffOf(request);
          await voidDocument(ctx, staff, kind, request.params.id);
          return present(staff.organizationId, request.params.id);
        });
      }
    }

    app.post(
      '/estimates/:id/convert',
      { preHandler: write, schema: { tags: ['estimates'], summary: 'Turn an accepted estimate into a draft invoice', params: idParam, response: { 201: documentResponse, 404: errorResponse, 409: errorResponse } } },
      async (request, reply) => {
        const invoice = await convertEstimateToInvoice(ctx, staffOf(request), request.params.id);
        return reply.status(201).send(await presentDocument(ctx.db, invoice, ctx.clock.now()));
      },
    );
  };
}
