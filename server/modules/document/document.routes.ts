import { documentNoun } from '../../../contract/documents.ts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, externalIdParam, idParam, pageOf } from '../../http/schemas.ts';
import { seenVersion, sendVersionTag } from '../../http/versions.ts';
import { documentKinds, documentPaths } from './document.ts';
import { convertEstimateToInvoice, sendDocument, voidDocument } from './document-lifecycle.service.ts';
import { presentDocument, presentDocumentSummaries } from './document.presenter.ts';
import { createDocumentBody, documentResponse, documentSummaryResponse, listDocumentsQuery, markAcceptedBody, markDeclinedBody, updateDocumentBody } from './document.schemas.ts';
import { createDocument, deleteDocument, getDocument, listDocuments, updateDocument } from './document.service.ts';
import { markEstimate } from './estimate-marking.service.ts';
import { datedCsvName } from '../../lib/csv.ts';
import { sendCsv } from '../../http/csv-reply.ts';
import { invoicesCsv } from './document-export.ts';
import { documentPut } from './document-sync.operations.ts';


const versioned = '. Send the version you saw as If-Match (the ETag) to be refused with 409 STALE_VERSION if the document changed since';
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse };

export function documentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'documents.read' });
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    // Every answer that is one document names its version as the ETag.
    const tagged = <T extends { version: number }>(reply: FastifyReply, document: T): T => {
      sendVersionTag(reply, document.version);
      return document;
    };

    app.get(
      '/invoices.csv',
      {
        preHandler: read,
        schema: {
          tags: ['invoices'],
          summary: 'Every invoice the filters match (status=open for the open ones), as CSV (columns in docs/api.md "CSV export")',
          querystring: listDocumentsQuery.omit({ limit: true, cursor: true }),
          produces: ['text/csv'],
          response: { 400: errorResponse },
        },
      },
      async (request, reply) => sendCsv(reply, datedCsvName('invoices', ctx.clock.now()), invoicesCsv(ctx, staffOf(request).organizationId, request.query)),
    );

    for (const kind of documentKinds) {
      const path = `/${documentPaths[kind]}`;
      const noun = documentNoun(kind);
      const tags = [`${noun}s`];

      app.get(path, { preHandler: read, schema: { tags, summary: `List ${noun}s`, querystring: listDocumentsQuery, response: { 200: pageOf(documentSummaryResponse) } } }, async (request) => {
        const page = await listDocuments(ctx, staffOf(request).organizationId, kind, request.query);
        return presentPage(page, (rows) => presentDocumentSummaries(ctx.db, rows, ctx.clock.now()));
      });

      app.post(path, { preHandler: write, schema: { tags, summary: `Create a draft ${noun}`, body: createDocumentBody, response: { 201: documentResponse, 400: errorResponse, 404: errorResponse } } }, async (request, reply) => {
        const staff = staffOf(request);
        const document = await createDocument(ctx, staff, kind, request.body);
        return reply.status(201).send(tagged(reply, await presentDocument(ctx.db, document, ctx.clock.now())));
      });

      const put = documentPut(kind);
      app.put(
        `${path}/by-external-id/:external_id`,
        {
          preHandler: write,
          schema: {
            tags,
            summary: `Create (201) or change to exactly this body (200) the ${noun} with this external id; \`status: "sent"\` issues it (docs/api.md "Sync by external id")`,
            params: externalIdParam,
            body: put.body,
            response: { 200: documentResponse, 201: documentResponse, ...changing },
          },
        },
        async (request, reply) => {
          const answer = await put.put(ctx, staffOf(request), request.params.external_id, request.body);
          return reply.status(answer.status).send(tagged(reply, answer.body));
        },
      );

      app.get(
        `${path}/:id`,
        { preHandler: read, schema: { tags, summary: `A ${noun} with its lines; the ETag is its version`, params: idParam, response: { 200: documentResponse, 404: errorResponse } } },
        async (request, reply) => tagged(reply, await presentDocument(ctx.db, await getDocument(ctx.db, staffOf(request).organizationId, request.params.id, kind), ctx.clock.now())),
      );

      app.patch(
        `${path}/:id`,
        {
          preHandler: write,
          schema: { tags, summary: `Change a ${noun}; new lines replace the old ones${versioned} (or send it as \`version\`)`, params: idParam, body: updateDocumentBody, response: { 200: documentResponse, ...changing } },
        },
        async (request, reply) => {
          const { version, ...changes } = request.body;
          return tagged(reply, await updateDocument(ctx, staffOf(request), kind, request.params.id, changes, seenVersion(request, version)));
        },
      );

      app.delete(`${path}/:id`, { preHandler: write, schema: { tags, summary: `Delete a draft ${noun}${versioned}`, params: idParam, response: { 204: z.null(), ...changing } } }, async (request, reply) => {
        await deleteDocument(ctx, staffOf(request), kind, request.params.id, seenVersion(request));
        return reply.status(204).send(null);
      });

      app.post(
        `${path}/:id/send`,
        { preHandler: write, schema: { tags, summary: `Send the ${noun}: it appears in the portal and its contacts are emailed${versioned}`, params: idParam, response: { 200: documentResponse, ...changing } } },
        async (request, reply) => tagged(reply, await sendDocument(ctx, staffOf(request), kind, request.params.id, seenVersion(request))),
      );

      if (kind !== 'estimate') {
        app.post(`${path}/:id/void`, { preHandler: write, schema: { tags, summary: `Void the ${noun}${versioned}`, params: idParam, response: { 200: documentResponse, ...changing } } }, async (request, reply) =>
          tagged(reply, await voidDocument(ctx, staffOf(request), kind, request.params.id, seenVersion(request))),
        );
      }
    }

    const estimateTags = ['estimates'];
    app.post(
      '/estimates/:id/convert',
      { preHandler: write, schema: { tags: estimateTags, summary: `Turn an accepted estimate into a draft invoice${versioned}`, params: idParam, response: { 201: documentResponse, ...changing } } },
      async (request, reply) => reply.status(201).send(tagged(reply, await convertEstimateToInvoice(ctx, staffOf(request), request.params.id, seenVersion(request)))),
    );

    app.post(
      '/estimates/:id/mark-accepted',
      {
        preHandler: write,
        schema: {
          tags: estimateTags,
          summary: `Mark a sent estimate accepted on the customer’s behalf, optionally naming who accepted${versioned} (or send it as \`version\`)`,
          params: idParam,
          body: markAcceptedBody,
          response: { 200: documentResponse, ...changing },
        },
      },
      async (request, reply) => {
        const { version, name } = request.body;
        return tagged(reply, await markEstimate(ctx, staffOf(request), request.params.id, { type: 'accepted', name }, seenVersion(request, version)));
      },
    );

    app.post(
      '/estimates/:id/mark-declined',
      {
        preHandler: write,
        schema: {
          tags: estimateTags,
          summary: `Mark a sent estimate declined on the customer’s behalf, optionally with their reason${versioned} (or send it as \`version\`)`,
          params: idParam,
          body: markDeclinedBody,
          response: { 200: documentResponse, ...changing },
        },
      },
      async (request, reply) => {
        const { version, reason } = request.body;
        return tagged(reply, await markEstimate(ctx, staffOf(request), request.params.id, { type: 'declined', reason }, seenVersion(request, version)));
      },
    );
  };
}
