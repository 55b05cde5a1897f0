import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { seenVersion, sendVersionTag } from '../../http/versions.ts';
import { answerEntryBody, createTimeEntryBody, listTimeEntriesQuery, submitEntriesBody, startTimerBody, timeEntryEventResponse, timeEntryResponse, timerResponse, updateTimeEntryBody } from './time-entry.schemas.ts';
import { answerQuery, submitEntries } from './time-entry-approval.service.ts';
import { discardTimer, getTimer, startTimer, stopTimer } from './timer.service.ts';
import { createTimeEntry, deleteTimeEntry, getEntryResponse, listEntryEvents, listTimeEntries, updateTimeEntry } from './time-entry.service.ts';

const tags = ['time entries'];
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

/** Time logged on projects, its approval by the customer and running timers (staff, projects.read / .write). docs/projects.md */
export function timeEntryRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'projects.read' });
  const write = requireStaff(ctx, { scope: 'projects.write' });
  return async (app) => {
    app.get(
      '/time-entries',
      { preHandler: read, schema: { tags, summary: 'Time entries, newest day first (project_id, customer_id, staff_user_id, task_id, status, from / to work dates)', querystring: listTimeEntriesQuery, response: { 200: pageOf(timeEntryResponse), 400: errorResponse } } },
      async (request) => listTimeEntries(ctx, staffOf(request).organizationId, request.query),
    );

    app.post(
      '/time-entries',
      { preHandler: write, schema: { tags, summary: 'Log time on a task of an active project (whole minutes, at most a day); unbilled until submitted or billed', body: createTimeEntryBody, response: { 201: timeEntryResponse, ...changing } } },
      async (request, reply) => {
        const entry = await createTimeEntry(ctx, staffOf(request), request.body);
        sendVersionTag(reply, entry.version);
        return reply.status(201).send(entry);
      },
    );

    app.post(
      '/time-entries/submit',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Submit unbilled, billable entries for the customer’s approval (409 when customers do not approve time); the customer’s approvers are emailed once per project; entries in another state are left as they are',
          body: submitEntriesBody,
          response: { 200: z.object({ submitted: z.number().int() }), ...changing },
        },
      },
      async (request) => submitEntries(ctx, staffOf(request), request.body.entry_ids),
    );

    app.post(
      '/time-entries/:id/answer',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Answer a contact’s query of an entry (queried → awaiting approval), optionally correcting its duration or notes; the contact who queried is emailed',
          params: idParam,
          body: answerEntryBody,
          response: { 200: timeEntryResponse, ...changing },
        },
      },
      async (request) => answerQuery(ctx, staffOf(request), request.params.id, request.body),
    );

    app.get(
      '/time-entries/:id',
      { preHandler: read, schema: { tags, summary: 'A time entry; the ETag is its version', params: idParam, response: { 200: timeEntryResponse, 404: errorResponse } } },
      async (request, reply) => {
        const entry = await getEntryResponse(ctx.db, staffOf(request).organizationId, request.params.id);
        sendVersionTag(reply, entry.version);
        return entry;
      },
    );

    app.patch(
      '/time-entries/:id',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Change a time entry that is not billed (409 STATE_CONFLICT when billed, STALE_VERSION when it changed since `version`); an awaiting or approved entry goes back to unbilled',
          params: idParam,
          body: updateTimeEntryBody,
          response: { 200: timeEntryResponse, ...changing },
        },
      },
      async (request, reply) => {
        const { version, ...changes } = request.body;
        const entry = await updateTimeEntry(ctx, staffOf(request), request.params.id, changes, seenVersion(request, version));
        sendVersionTag(reply, entry.version);
        return entry;
      },
    );

    app.delete(
      '/time-entries/:id',
      { preHandler: write, schema: { tags, summary: 'Delete a time entry that is not billed', params: idParam, response: { 204: z.null(), ...changing } } },
      async (request, reply) => {
        await deleteTimeEntry(ctx, staffOf(request), request.params.id, seenVersion(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/time-entries/:id/events',
      { preHandler: read, schema: { tags, summary: 'The history of a time entry: created, updated, submitted, approved, queried (with the contact’s comment), answered, billed, unbilled', params: idParam, response: { 200: z.object({ data: z.array(timeEntryEventResponse) }), 404: errorResponse } } },
      async (request) => ({
        data: (await listEntryEvents(ctx, staffOf(request).organizationId, request.params.id)).map((event) => ({
          id: event.id,
          type: event.type,
          actor_type: event.actor_type,
          actor_name: event.actor_name,
          comment: event.comment,
          created_at: event.created_at,
        })),
      }),
    );

    app.get(
      '/timer',
      { preHandler: read, schema: { tags, summary: 'The signed-in staff member’s running timer, or null', response: { 200: timerResponse, 403: errorResponse } } },
      async (request) => getTimer(ctx, staffOf(request)),
    );

    app.post(
      '/timer',
      { preHandler: write, schema: { tags, summary: 'Start a timer on a task of an active project; one runs per staff member (409 CONFLICT while one runs)', body: startTimerBody, response: { 201: timerResponse, ...changing, 403: errorResponse } } },
      async (request, reply) => reply.status(201).send(await startTimer(ctx, staffOf(request), request.body)),
    );

    app.post(
      '/timer/stop',
      { preHandler: write, schema: { tags, summary: 'Stop the running timer into a time entry (rounded up to whole minutes, on the organization’s date when it started)', response: { 201: timeEntryResponse, ...changing, 403: errorResponse } } },
      async (request, reply) => reply.status(201).send(await stopTimer(ctx, staffOf(request))),
    );

    app.delete(
      '/timer',
      { preHandler: write, schema: { tags, summary: 'Discard the running timer without logging time', response: { 204: z.null(), ...changing, 403: errorResponse } } },
      async (request, reply) => {
        await discardTimer(ctx, staffOf(request));
        return reply.status(204).send(null);
      },
    );
  };
}
