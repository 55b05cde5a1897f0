import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { addStaffMember, createTestProject, logTime, taskId } from '../../test/project-builders.ts';

describeOnEachDialect('projects for staff', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('creates a project in the customer’s currency with staff and tasks, lists and finds it with its time', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD', name: 'Globex Corp' });
    const designer = await addStaffMember(t.ctx.db, staff, 'Dana Designer');
    const response = await staff.client.post('/api/v1/projects', {
      customer_id: customer.id,
      name: 'Brand book',
      code: 'BB-1',
      billing_method: 'staff_hours',
      budget_type: 'hours',
      budget_minutes: 600,
      staff: [{ staff_user_id: designer, hourly_rate_minor: 12_000 }, { staff_user_id: staff.user.id, hourly_rate_minor: 9_000 }],
      tasks: [{ name: 'Logo' }, { name: 'Meetings', billable: false }],
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const project = response.json();
    expect(project).toMatchObject({
      name: 'Brand book',
      code: 'BB-1',
      currency: 'USD',
      status: 'active',
      billing_method: 'staff_hours',
      customer: { id: customer.id, display_name: 'Globex Corp' },
      budget_type: 'hours',
      budget_minutes: 600,
      logged_minutes: 0,
      version: 1,
      staff: [
        { staff_user_id: designer, name: 'Dana Designer', hourly_rate_minor: 12_000 },
        { staff_user_id: staff.user.id, name: 'Owner Person', hourly_rate_minor: 9_000 },
      ],
      tasks: [{ name: 'Logo', billable: true }, { name: 'Meetings', billable: false }],
      invoices: [],
    });
    await logTime(staff, project, 'Logo', 90, { staff_user_id: designer });
    await logTime(staff, project, 'Logo', 30);
    await logTime(staff, project, 'Meetings', 60);
    await logTime(staff, project, 'Logo', 15, { billable: false });

    const detail = (await staff.client.get(`/api/v1/projects/${project.id}`)).json();
    // Billable: 90 min at 120.00 + 30 min at 90.00 = 180.00 + 45.00.
    expect(detail).toMatchObject({ logged_minutes: 195, billable_minutes: 120, billed_minutes: 0, unbilled_minutes: 120, used_minor: 22_500, awaiting_approval_count: 0 });
    expect(detail.tasks.find((task: { name: string }) => task.name === 'Logo')).toMatchObject({ logged_minutes: 135, unbilled_minutes: 120, billed_minutes: 0 });

    await createTestProject(staff, { name: 'Another thing' });
    const list = (await staff.client.get('/api/v1/projects?limit=1')).json();
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ name: 'Another thing' });
    const next = (await staff.client.get(`/api/v1/projects?limit=1&cursor=${list.next_cursor}`)).json();
    expect(next.data[0]).toMatchObject({ name: 'Brand book', logged_minutes: 195, used_minor: 22_500 });
    expect((await staff.client.get('/api/v1/projects?search=globex')).json().data.map((p: { name: string }) => p.name)).toEqual(['Brand book']);
    expect((await staff.client.get(`/api/v1/projects?customer_id=${customer.id}&status=active`)).json().data).toHaveLength(1);
    expect((await staff.client.get('/api/v1/projects?status=archived')).json().data).toHaveLength(0);
  });

  it('refuses what the billing method and budget need naming the field', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const base = { customer_id: customer.id, name: 'Relaunch' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, billing_method: 'project_hours' }, 'hourly_rate_minor'],
      [{ ...base, billing_method: 'fixed_price', hourly_rate_minor: 100 }, 'fixed_price_minor'],
      [{ ...base, billing_method: 'task_hours', tasks: [{ name: 'A', hourly_rate_minor: 100 }, { name: 'B' }] }, 'tasks.1.hourly_rate_minor'],
      [{ ...base, billing_method: 'staff_hours', staff: [{ staff_user_id: staff.user.id }] }, 'staff.0.hourly_rate_minor'],
      [{ ...base, billing_method: 'project_hours', hourly_rate_minor: 100, budget_type: 'hours' }, 'budget_minutes'],
      [{ ...base, billing_method: 'project_hours', hourly_rate_minor: 100, budget_type: 'amount' }, 'budget_minor'],
      [{ ...base, billing_method: 'project_hours', hourly_rate_minor: -1 }, 'hourly_rate_minor'],
      [{ ...base, billing_method: 'by_the_moon', hourly_rate_minor: 1 }, 'billing_method'],
      [{ ...base, name: ' ', billing_method: 'project_hours', hourly_rate_minor: 1 }, 'name'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/projects', body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.details.map((issue: { field: string }) => issue.field), field).toContain(field);
    }
    const project = await createTestProject(staff, {}, customer.id);
    const badTime: [Record<string, unknown>, string][] = [
      [{ project_id: project.id, task_id: project.tasks[0]!.id, work_date: '2026-12-01', duration_minutes: 0 }, 'duration_minutes'],
      [{ project_id: project.id, task_id: project.tasks[0]!.id, work_date: '2026-12-01', duration_minutes: 1441 }, 'duration_minutes'],
      [{ project_id: project.id, task_id: project.tasks[0]!.id, work_date: '2026-13-01', duration_minutes: 10 }, 'work_date'],
      [{ project_id: project.id, work_date: '2026-12-01', duration_minutes: 10 }, 'task_id'],
    ];
    for (const [body, field] of badTime) {
      const response = await staff.client.post('/api/v1/time-entries', body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.details.map((issue: { field: string }) => issue.field), field).toContain(field);
    }
  });

  it('changes a project at the version seen, refuses a stale one, and manages tasks', async ({ staff }) => {
    const project = await createTestProject(staff);
    const changed = await staff.client.patch(`/api/v1/projects/${project.id}`, { name: 'Relaunch 2', hourly_rate_minor: 12_000, version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Relaunch 2', hourly_rate_minor: 12_000, version: 2 });
    const stale = await staff.client.patch(`/api/v1/projects/${project.id}`, { name: 'Old tab', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { version: 2, seen_version: 1 } });
    const missingVersion = await staff.client.patch(`/api/v1/projects/${project.id}`, { name: 'x' });
    expect(missingVersion.statusCode).toBe(400);
    expect(missingVersion.json().error.details[0].field).toBe('version');
    const noRate = await staff.client.patch(`/api/v1/projects/${project.id}`, { hourly_rate_minor: null, version: 2 });
    expect(noRate.statusCode).toBe(400);
    expect(noRate.json().error.details[0].field).toBe('hourly_rate_minor');

    const withTask = await staff.client.post(`/api/v1/projects/${project.id}/tasks`, { name: 'Testing', hourly_rate_minor: 5_000 });
    expect(withTask.statusCode).toBe(201);
    const testing = withTask.json().tasks.find((task: { name: string }) => task.name === 'Testing');
    expect(testing).toMatchObject({ hourly_rate_minor: 5_000, billable: true, archived_at: null });
    const renamed = await staff.client.patch(`/api/v1/projects/${project.id}/tasks/${testing.id}`, { name: 'QA', billable: false });
    expect(renamed.json().tasks.find((task: { id: string }) => task.id === testing.id)).toMatchObject({ name: 'QA', billable: false });
    // A task without time goes; one with time is archived and takes no more.
    expect((await staff.client.delete(`/api/v1/projects/${project.id}/tasks/${testing.id}`)).json()).toEqual({ archived: false });
    const design = taskId(project, 'Design');
    await logTime(staff, project, 'Design', 30);
    expect((await staff.client.delete(`/api/v1/projects/${project.id}/tasks/${design}`)).json()).toEqual({ archived: true });
    const refused = await staff.client.post('/api/v1/time-entries', { project_id: project.id, task_id: design, work_date: '2026-12-01', duration_minutes: 10 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('task_id');

    const completed = await staff.client.patch(`/api/v1/projects/${project.id}`, { status: 'completed', version: (await staff.client.get(`/api/v1/projects/${project.id}`)).json().version });
    expect(completed.json().status).toBe('completed');
    const closed = await staff.client.post('/api/v1/time-entries', { project_id: project.id, task_id: taskId(project, 'Build'), work_date: '2026-12-01', duration_minutes: 10 });
    expect(closed.statusCode).toBe(409);
    expect((await staff.client.delete(`/api/v1/projects/${project.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(404);
  });

  it('edits and deletes time entries until they are billed, at the version seen', async ({ staff }) => {
    const project = await createTestProject(staff);
    const entry = await logTime(staff, project, 'Design', 45, { notes: 'Wireframes' });
    expect(entry).toMatchObject({ status: 'unbilled', version: 1, duration_minutes: 45, notes: 'Wireframes', billable: true, staff: { id: staff.user.id, name: 'Owner Person' }, task: { name: 'Design' }, project: { id: project.id }, invoice: null });
    const edited = await staff.client.patch(`/api/v1/time-entries/${entry.id}`, { duration_minutes: 50, task_id: taskId(project, 'Build'), version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ duration_minutes: 50, task: { name: 'Build' }, version: 2 });
    const stale = await staff.client.patch(`/api/v1/time-entries/${entry.id}`, { duration_minutes: 55, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    const events = (await staff.client.get(`/api/v1/time-entries/${entry.id}/events`)).json().data;
    expect(events.map((event: { type: string }) => event.type)).toEqual(['created', 'updated']);
    expect(events[0]).toMatchObject({ actor_type: 'staff', actor_name: 'Owner Person' });

    const listed = (await staff.client.get(`/api/v1/time-entries?project_id=${project.id}&status=unbilled&from=2026-12-01&to=2026-12-01`)).json();
    expect(listed.data.map((row: { id: string }) => row.id)).toEqual([entry.id]);
    expect((await staff.client.get(`/api/v1/time-entries?project_id=${project.id}&status=billed`)).json().data).toHaveLength(0);

    const other = await logTime(staff, project, 'Design', 20);
    expect((await staff.client.delete(`/api/v1/time-entries/${other.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/time-entries/${other.id}`)).statusCode).toBe(404);

    const billed = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(billed.statusCode).toBe(201);
    const current = (await staff.client.get(`/api/v1/time-entries/${entry.id}`)).json();
    expect(current).toMatchObject({ status: 'billed', invoice: { id: billed.json().invoice.id, number: billed.json().invoice.number } });
    const locked = await staff.client.patch(`/api/v1/time-entries/${entry.id}`, { notes: 'late', version: current.version });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('STATE_CONFLICT');
    expect((await staff.client.delete(`/api/v1/time-entries/${entry.id}`)).statusCode).toBe(409);
    expect((await staff.client.delete(`/api/v1/projects/${project.id}`)).statusCode).toBe(409);
  });

  it('keeps another organization’s projects, tasks and entries out of reach', async ({ t, staff, ip }) => {
    const project = await createTestProject(staff);
    const entry = await logTime(staff, project, 'Design', 30);
    const other = await signUpStaff(t.app, undefined, ip);
    const design = taskId(project, 'Design');
    for (const response of [
      await other.client.get(`/api/v1/projects/${project.id}`),
      await other.client.patch(`/api/v1/projects/${project.id}`, { name: 'mine', version: 1 }),
      await other.client.delete(`/api/v1/projects/${project.id}`),
      await other.client.post(`/api/v1/projects/${project.id}/tasks`, { name: 'x' }),
      await other.client.patch(`/api/v1/projects/${project.id}/tasks/${design}`, { name: 'x' }),
      await other.client.delete(`/api/v1/projects/${project.id}/tasks/${design}`),
      await other.client.get(`/api/v1/projects/${project.id}/invoice-preview`),
      await other.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' }),
      await other.client.get(`/api/v1/time-entries/${entry.id}`),
      await other.client.patch(`/api/v1/time-entries/${entry.id}`, { notes: 'x', version: 1 }),
      await other.client.delete(`/api/v1/time-entries/${entry.id}`),
      await other.client.get(`/api/v1/time-entries/${entry.id}/events`),
      await other.client.post('/api/v1/time-entries', { project_id: project.id, task_id: design, work_date: '2026-12-01', duration_minutes: 10 }),
      await other.client.post('/api/v1/projects', { customer_id: project.customer.id, name: 'x', billing_method: 'project_hours', hourly_rate_minor: 1 }),
    ]) {
      expect(response.statusCode, response.body).toBe(404);
    }
    const theirs = await createTestProject(other);
    const cross = await staff.client.post('/api/v1/time-entries', { project_id: project.id, task_id: theirs.tasks[0]!.id, work_date: '2026-12-01', duration_minutes: 10 });
    expect(cross.statusCode).toBe(404);
    expect(cross.json().error.details[0].field).toBe('task_id');
    const foreignStaff = await staff.client.post('/api/v1/projects', { customer_id: project.customer.id, name: 'x', billing_method: 'project_hours', hourly_rate_minor: 1, staff: [{ staff_user_id: other.user.id }] });
    expect(foreignStaff.statusCode).toBe(404);
    expect(foreignStaff.json().error.details[0].field).toBe('staff.0.staff_user_id');
    expect((await other.client.get('/api/v1/projects')).json().data.map((p: { id: string }) => p.id)).toEqual([theirs.id]);
    expect((await other.client.get('/api/v1/time-entries')).json().data).toHaveLength(0);
  });

  it('lets an API key with projects.read read and refuses it writes (403), and one without the scope everything', async ({ t, staff, ip }) => {
    const project = await createTestProject(staff);
    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Reporting', scopes: ['projects.read'] })).json().key as string;
    const otherKey = (await staff.client.post('/api/v1/api-keys', { name: 'CRM', scopes: ['customers.read', 'customers.write'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.request('GET', '/api/v1/projects', undefined, as(readKey))).statusCode).toBe(200);
    expect((await api.request('GET', `/api/v1/projects/${project.id}/invoice-preview`, undefined, as(readKey))).statusCode).toBe(200);
    expect((await api.request('POST', '/api/v1/projects', { customer_id: project.customer.id, name: 'x', billing_method: 'project_hours', hourly_rate_minor: 1 }, as(readKey))).statusCode).toBe(403);
    expect((await api.request('POST', `/api/v1/projects/${project.id}/invoice`, { group_by: 'task' }, as(readKey))).statusCode).toBe(403);
    expect((await api.request('POST', '/api/v1/time-entries', { project_id: project.id, task_id: project.tasks[0]!.id, work_date: '2026-12-01', duration_minutes: 5, staff_user_id: staff.user.id }, as(readKey))).statusCode).toBe(403);
    for (const [method, url] of [
      ['GET', '/api/v1/projects'],
      ['GET', `/api/v1/projects/${project.id}`],
      ['GET', '/api/v1/time-entries'],
      ['GET', '/api/v1/timer'],
    ] as const) {
      expect((await api.request(method, url, undefined, as(otherKey))).statusCode, url).toBe(403);
    }
    // An API key logs time for a named staff member.
    const writeKey = (await staff.client.post('/api/v1/api-keys', { name: 'Timesheets', scopes: ['projects.write'] })).json().key as string;
    const nameless = await api.request('POST', '/api/v1/time-entries', { project_id: project.id, task_id: project.tasks[0]!.id, work_date: '2026-12-01', duration_minutes: 5 }, as(writeKey));
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.details[0].field).toBe('staff_user_id');
    const logged = await api.request('POST', '/api/v1/time-entries', { project_id: project.id, task_id: project.tasks[0]!.id, work_date: '2026-12-01', duration_minutes: 5, staff_user_id: staff.user.id }, as(writeKey));
    expect(logged.statusCode).toBe(201);
  });
});
