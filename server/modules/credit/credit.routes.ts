import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam } from '../../http/schemas.ts';
import { presentDocument } from '../document/document.presenter.ts';
import { documentResponse } from '../document/document.schemas.ts';
import { applyCreditBody } from './credit.schemas.ts';
import { applyCredit } from './credit.service.ts';

/** Applying a credit note's unused credit to invoices. */
export function creditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const write = requireStaff(ctx, { scope: 'documents.write' });
  return async (app) => {
    app.post(
      '/credit-notes/:id/apply',
      {
        preHandler: write,
        schema: {
          tags: ['credit notes'],
          summary: 'Apply unused credit to invoices of the same customer and currency (never beyond the credit or a balance)',
          params: idParam,
          body: applyCreditBody,
          response: { 200: documentResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request) => presentDocument(ctx.db, await applyCredit(ctx, staffOf(request), request.params.id, request.body), ctx.clock.now()),
    );
  };
}
