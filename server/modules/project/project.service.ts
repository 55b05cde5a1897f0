import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import type { ProjectBillingMethod, ProjectBudgetType, ProjectStaffTable, ProjectTasksTable, ProjectsTable } from '../../db/project-tables.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findCustomerById } from '../customer/customer.service.ts';
import { presentProject, presentProjectSummaries } from './project.presenter.ts';
import * as repo from './project.repository.ts';
import type { ProjectRow } from './project.repository.ts';
import type { CreateProjectBody, ListProjectsQuery, ProjectDetail, ProjectSummary, StaffInput, TaskInput, UpdateProjectBody, UpdateTaskBody } from './project.schemas.ts';

export type { ProjectRow } from './project.repository.ts';

// For the time entry module, which logs time on projects.

export async function findProjectRow(db: Db, organizationId: string, id: string): Promise<ProjectRow | undefined> {
  return repo.findProject(db, organizationId, id);
}

export async function findProjectTask(db: Db, organizationId: string, projectId: string, taskId: string): Promise<ProjectTasksTable | undefined> {
  return repo.findTask(db, organizationId, projectId, taskId);
}

/** The staff member's name, when they are of the organization. */
export async function staffMemberName(db: Db, organizationId: string, staffUserId: string): Promise<string | undefined> {
  return repo.staffName(db, organizationId, staffUserId);
}

export async function isStaffMember(db: Db, organizationId: string, staffUserId: string): Promise<boolean> {
  return (await repo.existingStaffIds(db, organizationId, [staffUserId])).has(staffUserId);
}

/** Puts the staff member on the project (without a rate) unless already on it. */
export async function joinProject(db: Db, project: Pick<ProjectRow, 'id' | 'organization_id'>, staffUserId: string, now: string): Promise<void> {
  await repo.ensureStaff(db, { project_id: project.id, staff_user_id: staffUserId, organization_id: project.organization_id, hourly_rate_minor: null, created_at: now });
}

/** A project of the organization; 404 otherwise. */
export async function getProjectRow(db: Db, organizationId: string, id: string): Promise<ProjectRow> {
  const project = await repo.findProject(db, organizationId, id);
  if (!project) throw notFound('Project');
  return project;
}

export async function getProject(ctx: AppContext, organizationId: string, id: string): Promise<ProjectDetail> {
  return presentProject(ctx.db, await getProjectRow(ctx.db, organizationId, id));
}

export async function listProjects(ctx: AppContext, organizationId: string, query: ListProjectsQuery): Promise<Page<ProjectSummary>> {
  const page = await repo.listProjectPage(ctx.db, { organizationId, customerId: query.customer_id, status: query.status, search: query.search || undefined, limit: query.limit, cursor: query.cursor });
  return { data: await presentProjectSummaries(ctx.db, page.data), next_cursor: page.next_cursor };
}

interface Terms {
  billing_method: ProjectBillingMethod;
  hourly_rate_minor: number | null;
  fixed_price_minor: number | null;
  budget_type: ProjectBudgetType;
  budget_minutes: number | null;
  budget_minor: number | null;
}

/**
 * The rates and budget the method and budget type need: 400 naming the missing field. Task and staff
 * rates fall back to the project's hourly rate, so either is enough.
 */
function checkTerms(terms: Terms, tasks: readonly { hourly_rate_minor?: number | null | undefined }[], staff: readonly StaffInput[], taskField = (index: number) => `tasks.${index}.hourly_rate_minor`): void {
  if (terms.billing_method === 'project_hours' && terms.hourly_rate_minor === null) throw validationError('hourly_rate_minor', 'required', 'is required for project hours billing');
  if (terms.billing_method === 'fixed_price' && terms.fixed_price_minor === null) throw validationError('fixed_price_minor', 'required', 'is required for fixed price billing');
  if (terms.billing_method === 'task_hours' && terms.hourly_rate_minor === null) {
    const index = tasks.findIndex((task) => task.hourly_rate_minor == null);
    if (index >= 0) throw validationError(taskField(index), 'required', 'is required for task hours billing (or set the project’s hourly rate)');
  }
  if (terms.billing_method === 'staff_hours' && terms.hourly_rate_minor === null) {
    const index = staff.findIndex((member) => member.hourly_rate_minor == null);
    if (index >= 0) throw validationError(`staff.${index}.hourly_rate_minor`, 'required', 'is required for staff hours billing (or set the project’s hourly rate)');
  }
  if (terms.budget_type === 'hours' && terms.budget_minutes === null) throw validationError('budget_minutes', 'required', 'is required for a budget in hours');
  if (terms.budget_type === 'amount' && terms.budget_minor === null) throw validationError('budget_minor', 'required', 'is required for a budget in money');
}

async function staffRows(db: Db, organizationId: string, projectId: string, staff: readonly StaffInput[], now: string): Promise<ProjectStaffTable[]> {
  const known = await repo.existingStaffIds(db, organizationId, staff.map((member) => member.staff_user_id));
  const seen = new Set<string>();
  return staff.map((member, index) => {
    if (!known.has(member.staff_user_id)) {
      throw new AppError('NOT_FOUND', 'Staff member not found', [fieldIssue(`staff.${index}.staff_user_id`, 'unknown_reference', 'is not a staff member of this organization')]);
    }
    if (seen.has(member.staff_user_id)) throw validationError(`staff.${index}.staff_user_id`, 'invalid_value', 'is listed twice');
    seen.add(member.staff_user_id);
    return { project_id: projectId, staff_user_id: member.staff_user_id, organization_id: organizationId, hourly_rate_minor: member.hourly_rate_minor ?? null, created_at: now };
  });
}

function taskRow(organizationId: string, projectId: string, input: TaskInput, now: string): ProjectTasksTable {
  return {
    id: newId(),
    organization_id: organizationId,
    project_id: projectId,
    name: input.name,
    description: input.description ?? null,
    billable: input.billable === false ? 0 : 1,
    hourly_rate_minor: input.hourly_rate_minor ?? null,
    budget_minutes: input.budget_minutes ?? null,
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
}

export async function createProject(ctx: AppContext, organizationId: string, input: CreateProjectBody): Promise<ProjectDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const customer = await findCustomerById(trx, organizationId, input.customer_id);
    if (!customer) throw new AppError('NOT_FOUND', 'Customer not found', [fieldIssue('customer_id', 'unknown_reference', 'is not a customer of this organization')]);
    const terms: Terms = {
      billing_method: input.billing_method,
      hourly_rate_minor: input.hourly_rate_minor ?? null,
      fixed_price_minor: input.fixed_price_minor ?? null,
      budget_type: input.budget_type,
      budget_minutes: input.budget_minutes ?? null,
      budget_minor: input.budget_minor ?? null,
    };
    checkTerms(terms, input.tasks ?? [], input.staff ?? []);
    const now = isoNow(ctx.clock);
    const row: ProjectsTable = {
      id: newId(),
      organization_id: organizationId,
      customer_id: customer.id,
      name: input.name,
      code: input.code || null,
      description: input.description ?? null,
      status: 'active',
      ...terms,
      currency: customer.currency,
      fixed_price_invoice_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await repo.insertProject(trx, row);
    await repo.replaceStaff(trx, row.id, await staffRows(trx, organizationId, row.id, input.staff ?? [], now));
    await repo.insertTasks(trx, (input.tasks ?? []).map((task) => taskRow(organizationId, row.id, task, now)));
    return presentProject(trx, await getProjectRow(trx, organizationId, row.id));
  });
}

function staleVersion(version: number, seen: number | undefined): AppError {
  const message =
    seen === undefined
      ? `This project changed while your request was being handled; reload it (it is now version ${version}) and try again`
      : `This project changed since you opened it (you saw version ${seen}, it is now version ${version}); reload it and try again`;
  return new AppError('STALE_VERSION', message, { version, ...(seen !== undefined ? { seen_version: seen } : {}) });
}

export async function updateProject(ctx: AppContext, organizationId: string, id: string, input: Omit<UpdateProjectBody, 'version'>, seen: number | undefined): Promise<ProjectDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await getProjectRow(trx, organizationId, id);
    if (seen !== undefined && seen !== project.version) throw staleVersion(project.version, seen);
    const terms: Terms = {
      billing_method: input.billing_method ?? project.billing_method,
      hourly_rate_minor: input.hourly_rate_minor !== undefined ? input.hourly_rate_minor : project.hourly_rate_minor,
      fixed_price_minor: input.fixed_price_minor !== undefined ? input.fixed_price_minor : project.fixed_price_minor,
      budget_type: input.budget_type ?? project.budget_type,
      budget_minutes: input.budget_minutes !== undefined ? input.budget_minutes : project.budget_minutes,
      budget_minor: input.budget_minor !== undefined ? input.budget_minor : project.budget_minor,
    };
    const now = isoNow(ctx.clock);
    const tasks = (await repo.listTasks(trx, [project.id])).filter((task) => task.archived_at === null);
    const staff = input.staff ?? (await repo.listStaff(trx, [project.id])).map((member) => ({ staff_user_id: member.staff_user_id, hourly_rate_minor: member.hourly_rate_minor }));
    checkTerms(terms, tasks, staff, () => 'hourly_rate_minor');
    const changes: Partial<ProjectsTable> = { ...terms, updated_at: now };
    if (input.name !== undefined) changes.name = input.name;
    if (input.code !== undefined) changes.code = input.code || null;
    if (input.description !== undefined) changes.description = input.description;
    if (input.status !== undefined) changes.status = input.status;
    if (input.staff !== undefined) await repo.replaceStaff(trx, project.id, await staffRows(trx, organizationId, project.id, input.staff, now));
    if (!(await repo.updateProjectAtVersion(trx, organizationId, project.id, project.version, changes))) {
      const current = await getProjectRow(trx, organizationId, id);
      throw staleVersion(current.version, undefined);
    }
    return presentProject(trx, await getProjectRow(trx, organizationId, id));
  });
}

/** Deletes a project with its tasks and time; refused (409) once any of its time or its fixed price was billed. */
export async function deleteProject(ctx: AppContext, organizationId: string, id: string, seen: number | undefined): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const project = await getProjectRow(trx, organizationId, id);
    if (seen !== undefined && seen !== project.version) throw staleVersion(project.version, seen);
    if (await repo.projectHasBilledTime(trx, project.id)) {
      throw new AppError('STATE_CONFLICT', 'This project has billed time; archive it instead (set its status to archived)', { status: project.status, action: 'delete', version: project.version });
    }
    await repo.deleteProject(trx, project.id);
  });
}

// Tasks

async function touch(db: Db, project: ProjectRow, now: string): Promise<void> {
  await repo.updateProjectAtVersion(db, project.organization_id, project.id, project.version, { updated_at: now });
}

export async function addTask(ctx: AppContext, organizationId: string, projectId: string, input: TaskInput): Promise<ProjectDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await getProjectRow(trx, organizationId, projectId);
    if (project.billing_method === 'task_hours' && project.hourly_rate_minor === null && input.hourly_rate_minor == null) {
      throw validationError('hourly_rate_minor', 'required', 'is required for task hours billing (or set the project’s hourly rate)');
    }
    const now = isoNow(ctx.clock);
    await repo.insertTasks(trx, [taskRow(organizationId, project.id, input, now)]);
    await touch(trx, project, now);
    return presentProject(trx, await getProjectRow(trx, organizationId, projectId));
  });
}

async function getTask(db: Db, organizationId: string, projectId: string, taskId: string): Promise<ProjectTasksTable> {
  const task = await repo.findTask(db, organizationId, projectId, taskId);
  if (!task) throw notFound('Task');
  return task;
}

export async function updateTask(ctx: AppContext, organizationId: string, projectId: string, taskId: string, input: UpdateTaskBody): Promise<ProjectDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await getProjectRow(trx, organizationId, projectId);
    const task = await getTask(trx, organizationId, projectId, taskId);
    const now = isoNow(ctx.clock);
    const rate = input.hourly_rate_minor !== undefined ? input.hourly_rate_minor : task.hourly_rate_minor;
    if (project.billing_method === 'task_hours' && project.hourly_rate_minor === null && rate === null) {
      throw validationError('hourly_rate_minor', 'required', 'is required for task hours billing (or set the project’s hourly rate)');
    }
    const changes: Partial<ProjectTasksTable> = { updated_at: now };
    if (input.name !== undefined) changes.name = input.name;
    if (input.description !== undefined) changes.description = input.description;
    if (input.billable !== undefined) changes.billable = input.billable ? 1 : 0;
    if (input.hourly_rate_minor !== undefined) changes.hourly_rate_minor = input.hourly_rate_minor;
    if (input.budget_minutes !== undefined) changes.budget_minutes = input.budget_minutes;
    if (input.archived !== undefined) changes.archived_at = input.archived ? (task.archived_at ?? now) : null;
    await repo.updateTask(trx, task.id, changes);
    await touch(trx, project, now);
    return presentProject(trx, await getProjectRow(trx, organizationId, projectId));
  });
}

/** Deletes a task without time; one with time is archived (no new time), its entries stay. */
export async function removeTask(ctx: AppContext, organizationId: string, projectId: string, taskId: string): Promise<{ archived: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await getProjectRow(trx, organizationId, projectId);
    const task = await getTask(trx, organizationId, projectId, taskId);
    const now = isoNow(ctx.clock);
    const archived = await repo.taskHasTime(trx, task.id);
    if (archived) await repo.updateTask(trx, task.id, { archived_at: task.archived_at ?? now, updated_at: now });
    else await repo.deleteTask(trx, task.id);
    await touch(trx, project, now);
    return { archived };
  });
}
