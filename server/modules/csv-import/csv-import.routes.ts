import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { AppError } from '../../lib/app-error.ts';
import { toJobResponse } from '../job/job.schemas.ts';
import { CSV_IMPORT_BODY_LIMIT, errorsPageResponse, errorsQuery, importResponse, runBody, runResponse, uploadQuery, validateBody } from './csv-import.schemas.ts';
import { getImport, listImportErrors, presentImport, runImport, uploadImport, validateImport } from './csv-import.service.ts';

/*
 * CSV imports (docs/integrations.md "CSV import"): upload a file, validate it with a mapping (the preview
 * with row errors), run it as a job. Customers, contact persons and items all live under the customers
 * scopes (as their own routes do); price lists ask orders.write besides, as the price-list routes do
 * (checked in the service, where the import's kind is known).
 */
export function csvImportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = requireStaff(ctx, { scope: 'customers.read' });
    const write = requireStaff(ctx, { scope: 'customers.write' });

    // The file is the request body as it is (text/csv); this plugin's routes alone read it.
    app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: CSV_IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));

    app.post(
      '/imports',
      {
        preHandler: write,
        bodyLimit: CSV_IMPORT_BODY_LIMIT,
        schema: {
          tags: ['imports'],
          summary: 'Upload a CSV file to import (the body as text/csv, at most 50 MB): answers its headers, first rows and a mapping',
          querystring: uploadQuery,
          consumes: ['text/csv', 'application/csv'],
          body: z.string().describe('The CSV file, UTF-8, comma or semicolon separated'),
          response: { 201: importResponse, 400: errorResponse, 413: errorResponse, 415: errorResponse },
        },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as the request body with Content-Type: text/csv');
        const row = await uploadImport(ctx, staffOf(request), { kind: request.query.kind, fileName: request.query.file_name, text: request.body });
        return reply.status(201).send(await presentImport(ctx, row));
      },
    );

    app.get(
      '/imports/:id',
      { preHandler: read, schema: { tags: ['imports'], summary: 'An import: its mapping, counts, status and result', params: idParam, response: { 200: importResponse, 404: errorResponse } } },
      async (request) => presentImport(ctx, await getImport(ctx, staffOf(request).organizationId, request.params.id)),
    );

    app.get(
      '/imports/:id/errors',
      {
        preHandler: read,
        schema: { tags: ['imports'], summary: 'The row errors of an import, page by page', params: idParam, querystring: errorsQuery, response: { 200: errorsPageResponse, 404: errorResponse } },
      },
      async (request) => listImportErrors(ctx, staffOf(request).organizationId, request.params.id, request.query),
    );

    app.post(
      '/imports/:id/validate',
      {
        preHandler: write,
        schema: {
          tags: ['imports'],
          summary: 'Check every row with a mapping (field → column): the preview with row errors; the mapping is remembered for files with the same headers',
          params: idParam,
          body: validateBody,
          response: { 200: importResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request) => presentImport(ctx, await validateImport(ctx, staffOf(request), request.params.id, request.body.mapping)),
    );

    app.post(
      '/imports/:id/run',
      {
        preHandler: write,
        schema: {
          tags: ['imports'],
          summary: 'Run a validated import as a job: all_or_nothing (default) writes nothing when any row fails, valid_rows skips the failing rows',
          params: idParam,
          body: runBody,
          response: { 202: runResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const { row, job } = await runImport(ctx, staffOf(request), request.params.id, request.body.mode);
        return reply.status(202).send({ import: await presentImport(ctx, row), job: toJobResponse(job) });
      },
    );
  };
}
