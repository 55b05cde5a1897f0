import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf } from '../../http/schemas.ts';
import { seenVersion, sendVersionTag } from '../../http/versions.ts';
import { billProject, previewProjectInvoice } from './project-billing.service.ts';
import {
  billProjectBody,
  billProjectResponse,
  createProjectBody,
  invoicePreviewQuery,
  invoicePreviewResponse,
  listProjectsQuery,
  projectDetail,
  projectSummary,
  taskInput,
  taskParams,
  updateProjectBody,
  updateTaskBody,
} from './project.schemas.ts';
import { addTask, createProject, deleteProject, getProject, listProjects, removeTask, updateProject, updateTask } from './project.service.ts';

const tags = ['projects'];
const changing = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

/** Projects of customers, their staff and tasks, and billing their time (staff, projects.read / .write). docs/projects.md */
export function projectRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const read = requireStaff(ctx, { scope: 'projects.read' });
  const write = requireStaff(ctx, { scope: 'projects.write' });
  return async (app) => {
    app.get(
      '/projects',
      { preHandler: read, schema: { tags, summary: 'Projects by name, with logged, billed and unbilled time and approval counts (customer_id, status, search in name, code and customer)', querystring: listProjectsQuery, response: { 200: pageOf(projectSummary), 400: errorResponse } } },
      async (request) => listProjects(ctx, staffOf(request).organizationId, request.query),
    );

    app.post(
      '/projects',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Create a project of a customer (in its currency): a billing method with the rate it needs, a budget, staff and tasks',
          body: createProjectBody,
          response: { 201: projectDetail, ...changing },
        },
      },
      async (request, reply) => {
        const project = await createProject(ctx, staffOf(request).organizationId, request.body);
        sendVersionTag(reply, project.version);
        return reply.status(201).send(project);
      },
    );

    app.get(
      '/projects/:id',
      { preHandler: read, schema: { tags, summary: 'A project with its staff, tasks (and their time) and the invoices that billed it; the ETag is its version', params: idParam, response: { 200: projectDetail, 404: errorResponse } } },
      async (request, reply) => {
        const project = await getProject(ctx, staffOf(request).organizationId, request.params.id);
        sendVersionTag(reply, project.version);
        return project;
      },
    );

    app.patch(
      '/projects/:id',
      { preHandler: write, schema: { tags, summary: 'Change a project (not its customer); `version` is the one you saw (409 STALE_VERSION if it changed); `staff` replaces the staff list', params: idParam, body: updateProjectBody, response: { 200: projectDetail, ...changing } } },
      async (request, reply) => {
        const { version, ...changes } = request.body;
        const project = await updateProject(ctx, staffOf(request).organizationId, request.params.id, changes, seenVersion(request, version));
        sendVersionTag(reply, project.version);
        return project;
      },
    );

    app.delete(
      '/projects/:id',
      { preHandler: write, schema: { tags, summary: 'Delete a project with its tasks and time; 409 once any of it was billed (archive it instead)', params: idParam, response: { 204: z.null(), ...changing } } },
      async (request, reply) => {
        await deleteProject(ctx, staffOf(request).organizationId, request.params.id, seenVersion(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/projects/:id/tasks',
      { preHandler: write, schema: { tags, summary: 'Add a task to a project; answers the project', params: idParam, body: taskInput, response: { 201: projectDetail, ...changing } } },
      async (request, reply) => reply.status(201).send(await addTask(ctx, staffOf(request).organizationId, request.params.id, request.body)),
    );

    app.patch(
      '/projects/:id/tasks/:taskId',
      { preHandler: write, schema: { tags, summary: 'Change a task (archived: true takes no new time); answers the project', params: taskParams, body: updateTaskBody, response: { 200: projectDetail, ...changing } } },
      async (request) => updateTask(ctx, staffOf(request).organizationId, request.params.id, request.params.taskId, request.body),
    );

    app.delete(
      '/projects/:id/tasks/:taskId',
      { preHandler: write, schema: { tags, summary: 'Delete a task without time; a task with time is archived instead (answers archived: true)', params: taskParams, response: { 200: z.object({ archived: z.boolean() }), ...changing } } },
      async (request) => removeTask(ctx, staffOf(request).organizationId, request.params.id, request.params.taskId),
    );

    app.get(
      '/projects/:id/invoice-preview',
      { preHandler: read, schema: { tags, summary: 'The lines and total billing the project now would invoice (group_by task or entry, up_to a day), and what approval skips', params: idParam, querystring: invoicePreviewQuery, response: { 200: invoicePreviewResponse, ...changing } } },
      async (request) => previewProjectInvoice(ctx, staffOf(request).organizationId, request.params.id, request.query),
    );

    app.post(
      '/projects/:id/invoice',
      {
        preHandler: write,
        schema: {
          tags,
          summary: 'Bill the project’s billable time (or its fixed price) into a draft invoice, lines per task or per entry; the entries are marked billed in the same transaction (409 when another request billed them first, 422 NOTHING_TO_BILL)',
          params: idParam,
          body: billProjectBody,
          response: { 201: billProjectResponse, ...changing },
        },
      },
      async (request, reply) => reply.status(201).send(await billProject(ctx, staffOf(request), request.params.id, request.body)),
    );
  };
}
