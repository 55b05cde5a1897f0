import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { PortalActivitiesReportPage } from './PortalActivitiesReportPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
beforeEach(() => {
  // recharts sizes its chart by observing the container; jsdom has no layout.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const report = {
  from: '2026-11-01',
  to: '2026-11-03',
  interval: 'day',
  time_zone: 'Europe/Berlin',
  total: 7,
  rows: [
    { module: 'invoices', action: 'document_viewed', count: 4 },
    { module: 'portal', action: 'signin', count: 3 },
  ],
  modules: [
    { module: 'invoices', count: 4 },
    { module: 'portal', count: 3 },
  ],
  customers: [{ customer_id: 'cust-1', display_name: 'Globex', count: 7 }],
  contacts: [{ contact_person_id: 'cp-1', customer_id: 'cust-1', name: 'Casey Contact', count: 5 }],
  series: [
    { start: '2026-11-01', count: 2 },
    { start: '2026-11-02', count: 0 },
    { start: '2026-11-03', count: 5 },
  ],
};

function render(path = '/reports/portal-activities') {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <PortalActivitiesReportPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the portal activities report page', () => {
  it('shows the table, the chart’s numbers and the top lists; filters through the address; the CSV link carries the filters', async () => {
    const asked: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        asked.push(url);
        return json(url.searchParams.get('module') === 'portal' ? { ...report, total: 0, rows: [], modules: [], customers: [], contacts: [], series: report.series.map((point) => ({ ...point, count: 0 })) } : report);
      }),
    );
    render();
    const breakdown = await screen.findByRole('table', { name: en.activityReport.breakdown }, { timeout: 5000 });
    const rows = within(breakdown).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Invoices', 'Viewed', '4'],
      ['Portal account', 'Signed in', '3'],
    ]);
    expect(screen.getByText('7 activities')).toBeTruthy();
    const chartTable = screen.getByRole('table', { name: en.activityReport.chartTable });
    expect(within(chartTable).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'Globex' }).getAttribute('href')).toContain('customer_id=cust-1');
    expect(screen.getByRole('link', { name: 'Casey Contact' })).toBeTruthy();
    // The empty date fields take the period the server chose.
    expect(screen.getByLabelText<HTMLInputElement>(en.activityReport.from).value).toBe('2026-11-01');

    await userEvent.selectOptions(screen.getByLabelText(en.activityReport.module), 'portal');
    await userEvent.click(screen.getByRole('button', { name: en.activityReport.apply }));
    await screen.findByText(en.activityReport.empty, undefined, { timeout: 5000 });
    const last = asked.at(-1)!;
    expect(last.pathname).toBe('/api/v1/reports/portal-activities');
    expect(Object.fromEntries(last.searchParams)).toEqual({ from: '2026-11-01', to: '2026-11-03', interval: 'day', module: 'portal' });
    expect(screen.getByRole('link', { name: en.activityReport.downloadCsv }).getAttribute('href')).toBe('/api/v1/reports/portal-activities.csv?from=2026-11-01&to=2026-11-03&interval=day&module=portal');
  });

  it('refuses a start after the end without asking the server', async () => {
    const fetch = vi.fn(async () => json(report));
    vi.stubGlobal('fetch', fetch);
    render('/reports/portal-activities?from=2026-11-01&to=2026-11-03');
    await screen.findByRole('table', { name: en.activityReport.breakdown }, { timeout: 5000 });
    const calls = fetch.mock.calls.length;
    const from = screen.getByLabelText(en.activityReport.from);
    await userEvent.clear(from);
    await userEvent.type(from, '2026-12-01');
    await userEvent.click(screen.getByRole('button', { name: en.activityReport.apply }));
    expect(await screen.findByText(en.activityReport.fromAfterTo)).toBeTruthy();
    expect(fetch.mock.calls.length).toBe(calls);
  });

  it('says so when the report cannot be loaded, and tries again', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => (fail ? json({ error: { code: 'INTERNAL', message: 'boom' } }, 500) : json(report))),
    );
    render();
    expect(await screen.findByText(en.activityReport.loadFailed)).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: en.activityReport.retry }));
    expect(await screen.findByRole('table', { name: en.activityReport.breakdown })).toBeTruthy();
  });
});
