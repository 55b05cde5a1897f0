import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { contactPersonPut, customerPut } from './customer-sync.operations.ts';
import { sendCsv } from '../../http/csv-reply.ts';
import { datedCsvName } from '../../lib/csv.ts';
import { errorResponse, externalIdParam, idParam, pageOf } from '../../http/schemas.ts';
import { contactPersonsCsv, customersCsv } from './customer-export.ts';
import { presentContact, presentContacts, presentCustomer, presentCustomerSummaries } from './customer.presenter.ts';
import { listContactsOfCustomers } from './customer.repository.ts';
import {
  contactPersonResponse,
  customerResponse,
  customerSummaryResponse,
  listContactPersonsQuery,
  listCustomersQuery,
  newContactPersonBody,
  newCustomerBody,
  putContactPersonBody,
  putCustomerBody,
  updateContactPersonBody,
  updateCustomerBody,
} from './customer.schemas.ts';
import {
  addContactPerson,
  createCustomer,
  deleteContactPerson,
  deleteCustomer,
  getContactPerson,
  getCustomer,
  listContactPersons,
  listCustomers,
  updateContactPerson,
  updateCustomer,
} from './customer.service.ts';

const tags = ['customers'];

/** An export takes the list's filters; it has every matching row, so no limit or cursor. */
const exportCustomersQuery = listCustomersQuery.omit({ limit: true, cursor: true });
const exportContactPersonsQuery = listContactPersonsQuery.omit({ limit: true, cursor: true });



export function customerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'customers.read' });
  const write = requireStaff(ctx, { scope: 'customers.write' });

  return async (app) => {
    app.get(
      '/customers',
      { preHandler: read, schema: { tags, summary: 'List customers (search, cursor paging)', querystring: listCustomersQuery, response: { 200: pageOf(customerSummaryResponse) } } },
      async (request) => {
        const page = await listCustomers(ctx, staffOf(request).organizationId, request.query);
        return presentPage(page, (customers) => presentCustomerSummaries(ctx.db, customers));
      },
    );

    app.get(
      '/customers.csv',
      {
        preHandler: read,
        schema: { tags, summary: 'Every customer the filters match, as CSV (columns in docs/api.md "CSV export")', querystring: exportCustomersQuery, produces: ['text/csv'], response: { 400: errorResponse } },
      },
      async (request, reply) => sendCsv(reply, datedCsvName('customers', ctx.clock.now()), customersCsv(ctx, staffOf(request).organizationId, request.query)),
    );

    app.post(
      '/customers',
      {
        preHandler: write,
        schema: { tags, summary: 'Create a customer; with allow_portal_access its primary contact is invited', body: newCustomerBody, response: { 201: customerResponse, 400: errorResponse } },
      },
      async (request, reply) => {
        const { customer, portalAccess } = await createCustomer(ctx, staffOf(request), request.body);
        const body = await presentCustomer(ctx, ctx.db, customer);
        return reply.status(201).send(portalAccess ? { ...body, portal_access: { results: portalAccess } } : body);
      },
    );

    app.put(
      '/customers/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Create (201) or change to exactly this body (200) the customer with this external id',
          params: externalIdParam,
          body: putCustomerBody,
          response: { 200: customerResponse, 201: customerResponse, 400: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const answer = await customerPut.put(ctx, staffOf(request), request.params.external_id, request.body);
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.put(
      '/contact-persons/by-external-id/:external_id',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Create (201) or change to exactly this body (200) the contact person with this external id',
          params: externalIdParam,
          body: putContactPersonBody,
          response: { 200: contactPersonResponse, 201: contactPersonResponse, 400: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const answer = await contactPersonPut.put(ctx, staffOf(request), request.params.external_id, request.body);
        return reply.status(answer.status).send(answer.body);
      },
    );

    app.get(
      '/customers/:id',
      { preHandler: read, schema: { tags, summary: 'A customer with its contact persons and their portal status', params: idParam, response: { 200: customerResponse, 404: errorResponse } } },
      async (request) => presentCustomer(ctx, ctx.db, await getCustomer(ctx, ctx.db, staffOf(request).organizationId, request.params.id)),
    );

    app.patch(
      '/customers/:id',
      { preHandler: write, schema: { tags, summary: 'Change a customer', params: idParam, body: updateCustomerBody, response: { 200: customerResponse, 404: errorResponse } } },
      async (request) => presentCustomer(ctx, ctx.db, await updateCustomer(ctx, staffOf(request), request.params.id, request.body)),
    );

    app.delete(
      '/customers/:id',
      { preHandler: write, schema: { tags, summary: 'Delete a customer and its contact persons', params: idParam } },
      async (request, reply) => {
        await deleteCustomer(ctx, staffOf(request).organizationId, request.params.id);
        return reply.status(204).send();
      },
    );

    app.get(
      '/customers/:id/contact-persons',
      { preHandler: read, schema: { tags, summary: 'Contact persons of a customer', params: idParam, response: { 200: z.object({ data: z.array(contactPersonResponse) }) } } },
      async (request) => {
        const customer = await getCustomer(ctx, ctx.db, staffOf(request).organizationId, request.params.id);
        return { data: await presentContacts(ctx, ctx.db, await listContactsOfCustomers(ctx.db, [customer.id])) };
      },
    );

    app.post(
      '/customers/:id/contact-persons',
      { preHandler: write, schema: { tags, summary: 'Add a contact person', params: idParam, body: newContactPersonBody, response: { 201: contactPersonResponse, 404: errorResponse } } },
      async (request, reply) => {
        const contact = await addContactPerson(ctx, staffOf(request).organizationId, request.params.id, request.body);
        return reply.status(201).send(await presentContact(ctx, ctx.db, contact));
      },
    );

    app.get(
      '/contact-persons',
      {
        preHandler: read,
        schema: { tags, summary: 'All contact persons of the organization (cursor paging; updated_since for incremental pulls)', querystring: listContactPersonsQuery, response: { 200: pageOf(contactPersonResponse) } },
      },
      async (request) => presentPage(await listContactPersons(ctx, staffOf(request).organizationId, request.query), (contacts) => presentContacts(ctx, ctx.db, contacts)),
    );

    app.get(
      '/contact-persons.csv',
      {
        preHandler: read,
        schema: { tags, summary: 'Every contact person the filters match, as CSV (columns in docs/api.md "CSV export")', querystring: exportContactPersonsQuery, produces: ['text/csv'], response: { 400: errorResponse } },
      },
      async (request, reply) => sendCsv(reply, datedCsvName('contact-persons', ctx.clock.now()), contactPersonsCsv(ctx, staffOf(request).organizationId, request.query)),
    );

    app.get(
      '/contact-persons/:id',
      { preHandler: read, schema: { tags, summary: 'A contact person', params: idParam, response: { 200: contactPersonResponse, 404: errorResponse } } },
      async (request) => presentContact(ctx, ctx.db, await getContactPerson(ctx.db, staffOf(request).organizationId, request.params.id)),
    );

    app.patch(
      '/contact-persons/:id',
      {
        preHandler: write,
        schema: { tags, summary: 'Change a contact person, its primary flag or its portal permissions', params: idParam, body: updateContactPersonBody, response: { 200: contactPersonResponse, 404: errorResponse } },
      },
      async (request) => presentContact(ctx, ctx.db, await updateContactPerson(ctx, staffOf(request).organizationId, request.params.id, request.body)),
    );

    app.delete(
      '/contact-persons/:id',
      { preHandler: write, schema: { tags, summary: 'Delete a contact person (access and sessions end)', params: idParam } },
      async (request, reply) => {
        await deleteContactPerson(ctx, staffOf(request).organizationId, request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
