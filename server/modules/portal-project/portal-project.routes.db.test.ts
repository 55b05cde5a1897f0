import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { notificationTypes } from '../../test/portal-document-builders.ts';
import { entryEvents, entryStatuses, projectContact, seedEntry, seedProject, setTimeZone, showProjects } from '../../test/portal-project-builders.ts';

interface Row {
  id: string;
  work_date: string;
  task: { name: string };
  staff_name: string;
  duration_minutes: number;
  status: string;
  notes: string | null;
}

describeOnEachDialect('portal projects: reading', (it) => {
  it('lists the customer’s projects with budget and billable time, and the tasks’ logged, billed and unbilled minutes', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId, { name: 'Website relaunch', billing_method: 'task_hours', budget_type: 'hours', budget_minutes: 600 });
    const invoice = await c.doc({ status: 'sent' });
    await seedEntry(t, seeded, { work_date: '2026-11-02', minutes: 90, status: 'billed', invoiceId: invoice.id });
    await seedEntry(t, seeded, { work_date: '2026-11-03', minutes: 30, status: 'awaiting_approval' });
    await seedEntry(t, seeded, { taskId: seeded.taskIds.build, work_date: '2026-11-04', minutes: 60, status: 'queried' });
    await seedEntry(t, seeded, { work_date: '2026-11-04', minutes: 45, billable: 0, status: 'unbilled' });
    await seedEntry(t, seeded, { taskId: seeded.taskIds.internal, work_date: '2026-11-04', minutes: 120, status: 'unbilled' });
    await seedProject(t, staff, c.customerId, { name: 'Old archive', status: 'archived' });
    const other = await projectContact(t, staff);
    await seedProject(t, staff, other.customerId, { name: 'Someone else’s' });

    const list = await c.client.get(`${c.api}/projects`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().data).toEqual([
      expect.objectContaining({ id: seeded.project.id, name: 'Website relaunch', budget_type: 'hours', budget_minutes: 600, logged_minutes: 180, billed_minutes: 90, unbilled_minutes: 90, awaiting_approval_count: 1, queried_count: 1,
        // Design 120 min at 70.00/h, Build 60 min at 50.00/h.
        used_minor: 14000 + 5000 }),
    ]);
    const detail = (await c.client.get(c.project(seeded.project.id))).json();
    expect(detail.tasks.map((task: { name: string; logged_minutes: number; billed_minutes: number; unbilled_minutes: number }) => [task.name, task.logged_minutes, task.billed_minutes, task.unbilled_minutes])).toEqual([
      ['Build', 60, 0, 60],
      ['Design', 120, 90, 30],
    ]);
    expect(detail.can_approve).toBe(true);
  });

  it('pages the timesheet by day, filters by period and status, and the CSV holds exactly the listed rows', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    for (let day = 1; day <= 9; day += 1) {
      await seedEntry(t, seeded, { work_date: `2026-11-0${day}`, minutes: 15 * day, status: day % 3 === 0 ? 'approved' : 'awaiting_approval', notes: day === 4 ? 'Call, "urgent"\nfollow-up' : 'Work' });
    }
    await seedEntry(t, seeded, { taskId: seeded.taskIds.internal, work_date: '2026-11-05', minutes: 10, status: 'unbilled' });

    const seen: Row[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `from=2026-11-02&to=2026-11-08&status=awaiting_approval&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await c.client.get(`${c.project(seeded.project.id)}/time-entries?${query}`);
      expect(page.statusCode, page.body).toBe(200);
      const body = page.json<{ data: Row[]; next_cursor: string | null }>();
      seen.push(...body.data);
      cursor = body.next_cursor;
    } while (cursor);
    expect(seen.map((row) => row.work_date)).toEqual(['2026-11-08', '2026-11-07', '2026-11-05', '2026-11-04', '2026-11-02']);
    expect(seen[0]).toMatchObject({ task: { name: 'Design' }, staff_name: 'Owner Person', duration_minutes: 120, status: 'awaiting_approval' });

    const csv = await c.client.get(`${c.project(seeded.project.id)}/time-entries.csv?from=2026-11-02&to=2026-11-08&status=awaiting_approval`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    const expected = seen.map((row) => {
      const notes = row.notes?.includes('"') ? `"${row.notes.replace(/"/g, '""')}"` : (row.notes ?? '');
      return [row.work_date, row.task.name, row.staff_name, String(row.duration_minutes), (row.duration_minutes / 60).toFixed(2), row.status, notes].join(',');
    });
    expect(csv.body).toBe(['date,task,staff,duration_minutes,hours,status,notes', ...expected].join('\r\n') + '\r\n');

    const bad = await c.client.get(`${c.project(seeded.project.id)}/time-entries?from=2026-11-08&to=2026-11-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('to');
  });

  it('is a 404 everywhere while the portal does not show projects, and another customer’s project is a 404', async ({ t, staff }) => {
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    const entry = await seedEntry(t, seeded, { work_date: '2026-11-02' });
    for (const [method, path] of [
      ['GET', `${c.api}/projects`],
      ['GET', c.project(seeded.project.id)],
      ['GET', `${c.project(seeded.project.id)}/time-entries`],
      ['GET', `${c.project(seeded.project.id)}/time-entries.csv`],
    ] as const) {
      expect((await c.client.request(method, path)).statusCode, path).toBe(404);
    }
    expect((await c.client.post(`${c.project(seeded.project.id)}/time-entries/approve`, { entry_ids: [entry] })).statusCode).toBe(404);
    await showProjects(staff);
    const other = await projectContact(t, staff);
    expect((await other.client.get(other.project(seeded.project.id))).statusCode).toBe(404);
    expect((await other.client.get(`${other.project(seeded.project.id)}/time-entries`)).statusCode).toBe(404);
    expect((await c.client.get(c.project(seeded.project.id))).statusCode).toBe(200);
  });

  it('needs view_documents to read projects', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff, ['pay']);
    const seeded = await seedProject(t, staff, c.customerId);
    expect((await c.client.get(`${c.api}/projects`)).statusCode).toBe(403);
    expect((await c.client.get(c.project(seeded.project.id))).statusCode).toBe(403);
  });
});

describeOnEachDialect('portal projects: approval', (it) => {
  it('approves one entry and a selection, with an event each, and tells staff', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    const ids = [];
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04']) ids.push(await seedEntry(t, seeded, { work_date: day }));
    const one = await c.client.post(`${c.project(seeded.project.id)}/time-entries/approve`, { entry_ids: [ids[0]] });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toEqual({ approved: 1 });
    const rest = await c.client.post(`${c.project(seeded.project.id)}/time-entries/approve`, { entry_ids: [ids[1], ids[2]] });
    expect(rest.json()).toEqual({ approved: 2 });
    expect(Object.values(await entryStatuses(t, ids))).toEqual(['approved', 'approved', 'approved']);
    expect((await entryEvents(t, ids)).map((event) => [event.type, event.actor_type])).toEqual([
      ['approved', 'contact'],
      ['approved', 'contact'],
      ['approved', 'contact'],
    ]);
    const versions = await t.ctx.db.selectFrom('time_entries').select('version').where('id', 'in', ids).execute();
    expect(versions.map((row) => Number(row.version))).toEqual([2, 2, 2]);
    expect(await notificationTypes(staff)).toContain('portal.time_entries_approved');
    const again = await c.client.post(`${c.project(seeded.project.id)}/time-entries/approve`, { entry_ids: [ids[0]] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STATE_CONFLICT');
  });

  it('approves each entry once when two approvals arrive at once', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    const ids = [];
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']) ids.push(await seedEntry(t, seeded, { work_date: day }));
    const path = `${c.project(seeded.project.id)}/time-entries/approve`;
    const answers = await Promise.all([c.client.post(path, { week_start: '2026-11-02' }), c.client.post(path, { entry_ids: ids }), c.client.post(path, { week_start: '2026-11-02' })]);
    for (const answer of answers) expect([200, 409], answer.body).toContain(answer.statusCode);
    const approved = answers.filter((answer) => answer.statusCode === 200).reduce((sum, answer) => sum + answer.json<{ approved: number }>().approved, 0);
    expect(approved).toBe(4);
    expect(Object.values(await entryStatuses(t, ids))).toEqual(['approved', 'approved', 'approved', 'approved']);
    const events = await entryEvents(t, ids);
    expect(events).toHaveLength(4);
    expect(new Set(events.map((event) => event.time_entry_id)).size).toBe(4);
  });

  it('needs the approve_estimates role (403) and the approval setting (404), and another customer’s entry is a 404', async ({ t, staff }) => {
    await showProjects(staff);
    const viewer = await projectContact(t, staff, ['view_documents']);
    const seeded = await seedProject(t, staff, viewer.customerId);
    const entry = await seedEntry(t, seeded, { work_date: '2026-11-02' });
    const path = `${viewer.project(seeded.project.id)}/time-entries`;
    expect((await viewer.client.post(`${path}/approve`, { entry_ids: [entry] })).statusCode).toBe(403);
    expect((await viewer.client.post(`${path}/${entry}/query`, { comment: 'Why?' })).statusCode).toBe(403);
    expect((await viewer.client.get(viewer.project(seeded.project.id))).json().can_approve).toBe(false);

    const other = await projectContact(t, staff);
    const otherProject = await seedProject(t, staff, other.customerId);
    const otherEntry = await seedEntry(t, otherProject, { work_date: '2026-11-02' });
    // Another customer's project, and another customer's entry through one's own project.
    expect((await other.client.post(`${other.project(seeded.project.id)}/time-entries/approve`, { entry_ids: [entry] })).statusCode).toBe(404);
    expect((await other.client.post(`${other.project(otherProject.project.id)}/time-entries/approve`, { entry_ids: [otherEntry, entry] })).statusCode).toBe(404);
    expect((await other.client.post(`${other.project(otherProject.project.id)}/time-entries/${entry}/query`, { comment: 'Why?' })).statusCode).toBe(404);
    expect(await entryStatuses(t, [entry, otherEntry])).toEqual({ [entry]: 'awaiting_approval', [otherEntry]: 'awaiting_approval' });

    await showProjects(staff, { approval: false });
    const off = await other.client.post(`${other.project(otherProject.project.id)}/time-entries/approve`, { entry_ids: [otherEntry] });
    expect(off.statusCode).toBe(404);
    expect((await other.client.post(`${other.project(otherProject.project.id)}/time-entries/${otherEntry}/query`, { comment: 'Why?' })).statusCode).toBe(404);
    const read = await other.client.get(other.project(otherProject.project.id));
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().can_approve).toBe(false);
  });

  it('queries an entry with a comment (required), which staff are told about', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    const entry = await seedEntry(t, seeded, { work_date: '2026-11-02', minutes: 120 });
    const path = `${c.project(seeded.project.id)}/time-entries/${entry}/query`;
    const empty = await c.client.post(path, { comment: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('comment');
    const response = await c.client.post(path, { comment: 'Two hours for a logo?' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: entry, status: 'queried', version: 2, last_query: { comment: 'Two hours for a logo?', actor_name: 'Casey Contact' } });
    expect(await entryEvents(t, [entry])).toEqual([{ time_entry_id: entry, type: 'queried', actor_type: 'contact', comment: 'Two hours for a logo?' }]);
    expect(await notificationTypes(staff)).toContain('portal.time_entry_queried');
    const mails = await t.deliverMail();
    expect(mails.find((mail) => mail.to === staff.user.email && mail.text.includes('Two hours for a logo?'))).toBeDefined();
    const twice = await c.client.post(path, { comment: 'Again' });
    expect(twice.statusCode).toBe(409);
    const listed = (await c.client.get(`${c.project(seeded.project.id)}/time-entries?status=queried`)).json();
    expect(listed.data.map((row: { id: string }) => row.id)).toEqual([entry]);
  });
});

// Monday 7 December 2026, 09:00 in Auckland, is still Sunday 6 December in UTC.
describeOnEachDialect('portal projects: weeks', { startAt: '2026-12-06T20:00:00Z' }, (it) => {
  it('approves exactly the week’s awaiting entries in the organization’s time zone', async ({ t, staff }) => {
    await showProjects(staff);
    await setTimeZone(t, staff.organization.id, 'Pacific/Auckland');
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    const sundayBefore = await seedEntry(t, seeded, { work_date: '2026-12-06' });
    const monday = await seedEntry(t, seeded, { work_date: '2026-12-07' });
    const sunday = await seedEntry(t, seeded, { taskId: seeded.taskIds.build, work_date: '2026-12-13' });
    const mondayAfter = await seedEntry(t, seeded, { work_date: '2026-12-14' });
    const unsubmitted = await seedEntry(t, seeded, { work_date: '2026-12-08', status: 'unbilled' });
    const queried = await seedEntry(t, seeded, { work_date: '2026-12-09', status: 'queried' });
    const notBillable = await seedEntry(t, seeded, { work_date: '2026-12-09', billable: 0 });

    const detail = (await c.client.get(c.project(seeded.project.id))).json();
    expect(detail.this_week_start).toBe('2026-12-07');
    const response = await c.client.post(`${c.project(seeded.project.id)}/time-entries/approve`, { week_start: detail.this_week_start });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ approved: 2 });
    expect(await entryStatuses(t, [sundayBefore, monday, sunday, mondayAfter, unsubmitted, queried, notBillable])).toEqual({
      [sundayBefore]: 'awaiting_approval',
      [monday]: 'approved',
      [sunday]: 'approved',
      [mondayAfter]: 'awaiting_approval',
      [unsubmitted]: 'unbilled',
      [queried]: 'queried',
      [notBillable]: 'awaiting_approval',
    });
    const tuesday = await c.client.post(`${c.project(seeded.project.id)}/time-entries/approve`, { week_start: '2026-12-08' });
    expect(tuesday.statusCode).toBe(400);
    expect(tuesday.json().error.details[0].field).toBe('week_start');
  });

});
