import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import type { TimeEntryStatus } from '../../db/project-tables.ts';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { setPortalSettings } from '../../test/portal-order-builders.ts';
import { addStaffMember, createTestProject, logTime, taskId } from '../../test/project-builders.ts';

async function setStatus(db: Db, ids: string[], status: TimeEntryStatus): Promise<void> {
  await db.updateTable('time_entries').set({ status, approved_at: status === 'approved' ? '2026-12-02T09:00:00.000Z' : null }).where('id', 'in', ids).execute();
}

describeOnEachDialect('billing project time', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('bills project hours into a draft invoice with one line per task, as the preview showed', async ({ staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'GBP' });
    const project = await createTestProject(staff, { code: 'WEB-7' }, customer.id);
    const a = await logTime(staff, project, 'Design', 90, { work_date: '2026-11-30' });
    const b = await logTime(staff, project, 'Design', 30, { work_date: '2026-12-01' });
    const c = await logTime(staff, project, 'Build', 45);
    await logTime(staff, project, 'Build', 60, { billable: false });

    const preview = await staff.client.get(`/api/v1/projects/${project.id}/invoice-preview?group_by=task`);
    expect(preview.statusCode).toBe(200);
    // Build: 45 min = 0.750 h × 100.00 = 75.00; Design: 120 min = 2.000 h = 200.00.
    expect(preview.json()).toEqual({
      lines: [
        { name: 'Build', description: '1 entry, 2026-12-01', quantity_milli: 750, rate_minor: 10_000, amount_minor: 7_500, entry_ids: [c.id] },
        { name: 'Design', description: '2 entries, 2026-11-30 – 2026-12-01', quantity_milli: 2_000, rate_minor: 10_000, amount_minor: 20_000, entry_ids: [a.id, b.id] },
      ],
      total_minor: 27_500,
      entry_count: 3,
      skipped: { awaiting_approval: 0, queried: 0 },
    });

    const billed = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task', issue_date: '2026-12-02', due_date: '2026-12-16' });
    expect(billed.statusCode).toBe(201);
    const body = billed.json();
    expect(body).toMatchObject({ invoice: { number: 'INV-000001', total_minor: 27_500 }, skipped: { awaiting_approval: 0, queried: 0 } });
    expect([...body.billed_entry_ids].sort()).toEqual([a.id, b.id, c.id].sort());
    const invoice = (await staff.client.get(`/api/v1/invoices/${body.invoice.id}`)).json();
    expect(invoice).toMatchObject({ status: 'draft', currency: 'GBP', customer: { id: customer.id }, issue_date: '2026-12-02', due_date: '2026-12-16', reference: 'WEB-7', total_minor: 27_500 });
    expect(invoice.lines).toMatchObject([
      { name: 'Build', quantity: 0.75, unit: 'h', rate_minor: 10_000, total_minor: 7_500 },
      { name: 'Design', quantity: 2, unit: 'h', rate_minor: 10_000, total_minor: 20_000 },
    ]);
    const detail = (await staff.client.get(`/api/v1/projects/${project.id}`)).json();
    expect(detail).toMatchObject({ billed_minutes: 165, unbilled_minutes: 0, invoices: [{ id: body.invoice.id, status: 'draft', total_minor: 27_500 }] });
    const events = (await staff.client.get(`/api/v1/time-entries/${a.id}/events`)).json().data;
    expect(events.at(-1)).toMatchObject({ type: 'billed', comment: 'INV-000001' });

    // Billed once: nothing is left to bill, also when asked for the billed entries by id.
    const again = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ code: 'NOTHING_TO_BILL', details: [{ field: 'entry_ids' }] });
    expect((await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'entry', entry_ids: [a.id] })).statusCode).toBe(422);
    expect((await staff.client.get(`/api/v1/projects/${project.id}/invoice-preview`)).json()).toMatchObject({ lines: [], total_minor: 0, entry_count: 0 });
  });

  it('bills task hours per entry at each task’s rate, only the chosen entries and days', async ({ staff }) => {
    const project = await createTestProject(staff, {
      billing_method: 'task_hours',
      hourly_rate_minor: null,
      tasks: [{ name: 'Design', hourly_rate_minor: 9_000 }, { name: 'Build', hourly_rate_minor: 12_345 }, { name: 'Travel', billable: false, hourly_rate_minor: 1 }],
    });
    const a = await logTime(staff, project, 'Design', 20, { work_date: '2026-11-28', notes: 'Moodboard' });
    const b = await logTime(staff, project, 'Build', 61, { work_date: '2026-11-29' });
    const late = await logTime(staff, project, 'Build', 10, { work_date: '2026-12-02' });
    await logTime(staff, project, 'Travel', 120, { work_date: '2026-11-28' });

    const preview = (await staff.client.get(`/api/v1/projects/${project.id}/invoice-preview?group_by=entry&up_to=2026-11-30`)).json();
    // 20 min = 0.333 h × 90.00 = 29.97; 61 min = 1.017 h × 123.45 = 125.55 (125.548…); 10 min = 0.167 h = 20.62.
    expect(preview.lines).toEqual([
      { name: 'Design', description: '2026-11-28 · Owner Person · Moodboard', quantity_milli: 333, rate_minor: 9_000, amount_minor: 2_997, entry_ids: [a.id] },
      { name: 'Build', description: '2026-11-29 · Owner Person', quantity_milli: 1_017, rate_minor: 12_345, amount_minor: 12_555, entry_ids: [b.id] },
    ]);
    expect(preview.total_minor).toBe(15_552);

    const unknown = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'entry', entry_ids: [a.id, 'nope'] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.details[0].field).toBe('entry_ids.1');
    const badDates = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'entry', issue_date: '2026-12-05', due_date: '2026-12-01' });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().error.details[0].field).toBe('due_date');
    const badGroup = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'month' });
    expect(badGroup.statusCode).toBe(400);
    expect(badGroup.json().error.details[0].field).toBe('group_by');

    const chosen = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'entry', entry_ids: [b.id, late.id] });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json()).toMatchObject({ invoice: { total_minor: 12_555 + 2_062 } });
    expect([...chosen.json().billed_entry_ids].sort()).toEqual([b.id, late.id].sort());
    const rest = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(rest.json()).toMatchObject({ invoice: { total_minor: 2_997 }, billed_entry_ids: [a.id] });
  });

  it('bills staff hours at each member’s rate, a line per task and person, the project rate for those without one', async ({ t, staff }) => {
    const dana = await addStaffMember(t.ctx.db, staff, 'Dana Designer');
    const sam = await addStaffMember(t.ctx.db, staff, 'Sam Senior');
    const project = await createTestProject(staff, {
      billing_method: 'staff_hours',
      hourly_rate_minor: 5_000,
      staff: [{ staff_user_id: dana, hourly_rate_minor: 8_000 }, { staff_user_id: sam, hourly_rate_minor: 15_000 }],
    });
    await logTime(staff, project, 'Design', 30, { staff_user_id: dana });
    await logTime(staff, project, 'Design', 45, { staff_user_id: dana });
    await logTime(staff, project, 'Design', 60, { staff_user_id: sam });
    await logTime(staff, project, 'Build', 60);
    const preview = (await staff.client.get(`/api/v1/projects/${project.id}/invoice-preview?group_by=task`)).json();
    expect(preview.lines.map((line: { name: string; quantity_milli: number; rate_minor: number; amount_minor: number }) => [line.name, line.quantity_milli, line.rate_minor, line.amount_minor])).toEqual([
      ['Build · Owner Person', 1_000, 5_000, 5_000],
      ['Design · Dana Designer', 1_250, 8_000, 10_000],
      ['Design · Sam Senior', 1_000, 15_000, 15_000],
    ]);
    const billed = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(billed.json().invoice.total_minor).toBe(30_000);
  });

  it('bills a fixed price once, with the time on it; deleting the draft invoice makes both billable again', async ({ staff }) => {
    const project = await createTestProject(staff, { billing_method: 'fixed_price', fixed_price_minor: 250_000, hourly_rate_minor: null, budget_type: 'amount', budget_minor: 250_000 });
    const a = await logTime(staff, project, 'Design', 300);
    const b = await logTime(staff, project, 'Build', 200);
    const preview = (await staff.client.get(`/api/v1/projects/${project.id}/invoice-preview`)).json();
    expect(preview).toMatchObject({ lines: [{ name: 'Website relaunch', quantity_milli: 1_000, rate_minor: 250_000, amount_minor: 250_000 }], total_minor: 250_000, entry_count: 2 });
    const billed = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(billed.statusCode).toBe(201);
    const invoiceId = billed.json().invoice.id;
    expect(billed.json()).toMatchObject({ invoice: { total_minor: 250_000 } });
    expect([...billed.json().billed_entry_ids].sort()).toEqual([a.id, b.id].sort());
    expect((await staff.client.get(`/api/v1/projects/${project.id}`)).json()).toMatchObject({ fixed_price_invoice_id: invoiceId, billed_minutes: 500 });
    await logTime(staff, project, 'Build', 60);
    const twice = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.code).toBe('NOTHING_TO_BILL');

    expect((await staff.client.delete(`/api/v1/invoices/${invoiceId}`)).statusCode).toBe(204);
    const released = (await staff.client.get(`/api/v1/projects/${project.id}`)).json();
    expect(released).toMatchObject({ fixed_price_invoice_id: null, billed_minutes: 0, unbilled_minutes: 560, invoices: [] });
    const entry = (await staff.client.get(`/api/v1/time-entries/${a.id}`)).json();
    expect(entry).toMatchObject({ status: 'unbilled', invoice: null });
    expect((await staff.client.get(`/api/v1/time-entries/${a.id}/events`)).json().data.map((event: { type: string }) => event.type)).toEqual(['created', 'billed', 'unbilled']);
    const rebilled = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'task' });
    expect(rebilled.statusCode).toBe(201);
    expect(rebilled.json().billed_entry_ids).toHaveLength(3);
  });

  it('with approval on bills only approved time and counts what it skipped', async ({ t, staff }) => {
    await setPortalSettings(staff, { allow_time_entry_approval: true, show_projects: true });
    const project = await createTestProject(staff);
    const approved = await logTime(staff, project, 'Design', 60);
    const awaiting = await logTime(staff, project, 'Design', 30);
    const queried = await logTime(staff, project, 'Build', 15);
    const unbilled = await logTime(staff, project, 'Build', 45);
    await setStatus(t.ctx.db, [approved.id], 'approved');
    await setStatus(t.ctx.db, [awaiting.id], 'awaiting_approval');
    await setStatus(t.ctx.db, [queried.id], 'queried');
    const preview = (await staff.client.get(`/api/v1/projects/${project.id}/invoice-preview`)).json();
    expect(preview).toMatchObject({ total_minor: 10_000, entry_count: 1, skipped: { awaiting_approval: 1, queried: 1 } });
    const billed = await staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'entry', entry_ids: [approved.id, queried.id, unbilled.id] });
    expect(billed.statusCode).toBe(201);
    expect(billed.json()).toMatchObject({ billed_entry_ids: [approved.id], skipped: { awaiting_approval: 0, queried: 1 }, invoice: { total_minor: 10_000 } });
    const statuses = (await staff.client.get(`/api/v1/time-entries?project_id=${project.id}`)).json().data.map((entry: { id: string; status: string }) => [entry.id, entry.status]);
    expect(new Map(statuses)).toEqual(new Map([[approved.id, 'billed'], [awaiting.id, 'awaiting_approval'], [queried.id, 'queried'], [unbilled.id, 'unbilled']]));
    expect((await staff.client.get(`/api/v1/projects/${project.id}`)).json()).toMatchObject({ awaiting_approval_count: 1, queried_count: 1 });
    // Deleting the invoice gives the approved entry back as approved.
    expect((await staff.client.delete(`/api/v1/invoices/${billed.json().invoice.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/time-entries/${approved.id}`)).json().status).toBe('approved');
  });

  it('never bills an entry twice when two staff bill the project at once', async ({ t, staff, ip }) => {
    const project = await createTestProject(staff);
    const entries = [];
    for (let index = 0; index < 6; index += 1) entries.push(await logTime(staff, project, index % 2 ? 'Design' : 'Build', 15 + index));
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'Billing robot', scopes: ['projects.write'] })).json().key as string;
    const robot = new TestClient(t.app, ip);
    for (let round = 0; round < 3; round += 1) {
      const more = await logTime(staff, project, 'Design', 10 + round);
      entries.push(more);
      const [first, second] = await Promise.all([
        staff.client.post(`/api/v1/projects/${project.id}/invoice`, { group_by: 'entry' }),
        robot.request('POST', `/api/v1/projects/${project.id}/invoice`, { group_by: 'task' }, { authorization: `Bearer ${key}` }),
      ]);
      const statuses = [first.statusCode, second.statusCode].sort();
      expect(statuses[0], `${first.body} ${second.body}`).toBe(201);
      expect([409, 422]).toContain(statuses[1]);
    }
    const invoices = await t.ctx.db.selectFrom('documents').select(['id', 'total_minor']).where('organization_id', '=', staff.organization.id).where('kind', '=', 'invoice').execute();
    expect(invoices).toHaveLength(3);
    const rows = await t.ctx.db.selectFrom('time_entries').select(['id', 'status', 'invoice_id']).where('project_id', '=', project.id).execute();
    expect(rows.every((row) => row.status === 'billed' && row.invoice_id !== null)).toBe(true);
    const billedEvents = await t.ctx.db.selectFrom('time_entry_events').select('time_entry_id').where('type', '=', 'billed').where('organization_id', '=', staff.organization.id).execute();
    expect(billedEvents.map((event) => event.time_entry_id).sort()).toEqual(entries.map((entry) => entry.id).sort());
    // Each invoice's total is the time it holds, once.
    const lines = await t.ctx.db.selectFrom('document_lines').select(['document_id', 'total_minor']).where('document_id', 'in', invoices.map((invoice) => invoice.id)).execute();
    expect(lines.reduce((sum, line) => sum + Number(line.total_minor), 0)).toBe(invoices.reduce((sum, invoice) => sum + Number(invoice.total_minor), 0));
    expect(taskId(project, 'Design')).toBeTruthy();
  });
});
