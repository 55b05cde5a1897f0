import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { ok, stubServer, type SentRequest } from '../pay/test-fixtures.ts';
import type { ProjectDetail, TimeEntry } from './queries.ts';
import { TimesheetTab } from './TimesheetTab.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function testProject(patch: Partial<ProjectDetail> = {}): ProjectDetail {
  return {
    id: 'proj-1',
    name: 'Warehouse app',
    code: null,
    description: null,
    status: 'active',
    billing_method: 'task_hours',
    currency: 'USD',
    budget_type: 'none',
    budget_minutes: null,
    budget_minor: null,
    logged_minutes: 300,
    billed_minutes: 0,
    unbilled_minutes: 300,
    used_minor: null,
    awaiting_approval_count: 2,
    queried_count: 0,
    tasks: [],
    can_approve: true,
    this_week_start: '2026-11-30',
    ...patch,
  };
}

function entry(id: string, patch: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id,
    task: { id: 'task-1', name: 'Design' },
    work_date: '2026-12-01',
    duration_minutes: 90,
    notes: null,
    staff_name: 'Sam Staff',
    status: 'awaiting_approval',
    approved_at: null,
    queried_at: null,
    last_query: null,
    version: 1,
    ...patch,
  };
}

const entries = [
  entry('e-1', { task: { id: 'task-1', name: 'Design' }, work_date: '2026-12-01' }),
  entry('e-2', { task: { id: 'task-2', name: 'Build' }, work_date: '2026-12-02', duration_minutes: 120 }),
  entry('e-3', { task: { id: 'task-1', name: 'Review' }, work_date: '2026-11-20', status: 'approved' }),
];

/** The timesheet as the server filters it: by status and by the days worked between from and to. */
function timesheet(rows: TimeEntry[]) {
  return (request: SentRequest) => {
    const status = request.query.get('status');
    const from = request.query.get('from');
    const to = request.query.get('to');
    const data = rows.filter((row) => (!status || row.status === status) && (!from || row.work_date >= from) && (!to || row.work_date <= to));
    return ok({ data, next_cursor: null });
  };
}

function renderTab(project = testProject()) {
  return renderWithProviders(<TimesheetTab project={project} />, { i18n });
}

const timesheetRequests = (server: ReturnType<typeof stubServer>) => server.to('/projects/proj-1/time-entries', 'GET');

describe('the portal timesheet', () => {
  it('filters by status and by period, asking the server and pointing the CSV at the same rows', async () => {
    const user = userEvent.setup();
    const server = stubServer([{ method: 'GET', suffix: '/projects/proj-1/time-entries', answer: timesheet(entries) }]);
    renderTab();
    // The table is drawn again for each filter: look it up each time.
    const table = () => screen.getByRole('table', { name: 'Timesheets' });
    expect(await screen.findByText('Design')).toBeTruthy();
    expect(within(table()).getByText('Review')).toBeTruthy();
    expect(within(table()).getAllByRole('row')).toHaveLength(4);

    await user.selectOptions(screen.getByLabelText('Status'), 'approved');
    await waitFor(() => expect(screen.queryByText('Design')).toBeNull());
    expect(within(table()).getByText('Review')).toBeTruthy();
    expect(timesheetRequests(server).at(-1)?.query.get('status')).toBe('approved');

    await user.selectOptions(screen.getByLabelText('Status'), '');
    fireDate(screen.getByLabelText('From'), '2026-12-02');
    fireDate(screen.getByLabelText('To'), '2026-12-31');
    await waitFor(() => expect(screen.queryByText('Review')).toBeNull());
    expect(await screen.findByText('Build')).toBeTruthy();
    expect(screen.queryByText('Design')).toBeNull();
    const last = timesheetRequests(server).at(-1);
    expect([last?.query.get('from'), last?.query.get('to'), last?.query.get('status')]).toEqual(['2026-12-02', '2026-12-31', null]);
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv.getAttribute('href')).toMatch(/\/projects\/proj-1\/time-entries\.csv\?from=2026-12-02&to=2026-12-31$/);
  });

  it('approves the selected entries that await approval, and says how many', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/projects/proj-1/time-entries', answer: timesheet(entries) },
      { method: 'POST', suffix: '/projects/proj-1/time-entries/approve', answer: ok({ approved: 1 }) },
    ]);
    renderTab();
    const table = await screen.findByRole('table', { name: 'Timesheets' });
    await within(table).findByText('Design');
    const approve = screen.getByRole('button', { name: 'Approve selected (0)' });
    expect((approve as HTMLButtonElement).disabled).toBe(true);

    await user.click(within(table).getByRole('checkbox', { name: 'Select Design on 2026-12-01' }));
    // An approved entry in the selection is not sent again.
    await user.click(within(table).getByRole('checkbox', { name: 'Select Review on 2026-11-20' }));
    await user.click(screen.getByRole('button', { name: 'Approve selected (1)' }));
    expect(await screen.findByText('1 entry approved')).toBeTruthy();
    expect(server.to('/time-entries/approve', 'POST').map((request) => request.body)).toEqual([{ entry_ids: ['e-1'] }]);
    expect(screen.getByRole('button', { name: 'Approve selected (0)' })).toBeTruthy();
  });

  it('approves a whole week from its Monday, whatever day is picked', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/projects/proj-1/time-entries', answer: timesheet(entries) },
      { method: 'POST', suffix: '/projects/proj-1/time-entries/approve', answer: ok({ approved: 2 }) },
    ]);
    renderTab();
    await screen.findByText('Design');
    const week = screen.getByLabelText('Week');
    expect((week as HTMLInputElement).value).toBe('2026-11-30');
    fireDate(week, '2026-12-03');
    expect(screen.getByText('Monday 2026-11-30 to Sunday 2026-12-06')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Approve this week' }));
    expect(await screen.findByText('2 entries approved')).toBeTruthy();
    expect(server.to('/time-entries/approve', 'POST').map((request) => request.body)).toEqual([{ week_start: '2026-11-30' }]);
  });

  it('asks for a comment before it sends a query, then sends it for that entry', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/projects/proj-1/time-entries', answer: timesheet(entries) },
      { method: 'POST', suffix: '/projects/proj-1/time-entries/e-2/query', answer: ok(entry('e-2', { status: 'queried' })) },
    ]);
    renderTab();
    const table = await screen.findByRole('table', { name: 'Timesheets' });
    const build = (await within(table).findByText('Build')).closest('tr');
    if (!build) throw new Error('no row for Build');
    await user.click(within(build).getByRole('button', { name: 'Query' }));
    const dialog = await screen.findByRole('dialog', { name: 'Query Build on 2026-12-02' });
    await user.type(within(dialog).getByLabelText(/^Comment/), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Send query' }));
    const comment = within(dialog).getByLabelText(/^Comment/);
    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(comment.getAttribute('aria-describedby') ?? '')?.textContent).toContain(en.common.required);
    expect(server.to('/query', 'POST')).toHaveLength(0);

    await user.type(comment, 'We agreed on one hour');
    await user.click(within(dialog).getByRole('button', { name: 'Send query' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.to('/time-entries/e-2/query', 'POST').map((request) => request.body)).toEqual([{ comment: 'We agreed on one hour' }]);
  });

  it('offers no approval to a contact who may not approve', async () => {
    stubServer([{ method: 'GET', suffix: '/projects/proj-1/time-entries', answer: timesheet(entries) }]);
    renderTab(testProject({ can_approve: false }));
    const table = await screen.findByRole('table', { name: 'Timesheets' });
    await within(table).findByText('Design');
    expect(screen.queryByRole('group', { name: 'Approve time' })).toBeNull();
    expect(within(table).queryByRole('checkbox')).toBeNull();
    expect(within(table).queryByRole('button', { name: 'Query' })).toBeNull();
  });
});

/** A date input's value as a browser's date picker sets it (user-event cannot type into type="date"). */
function fireDate(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}
