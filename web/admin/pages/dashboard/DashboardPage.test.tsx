import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { DashboardPage } from './DashboardPage.tsx';

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

const summary = { count: 8, average: 4.13, distribution: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 4 } };
const activity = {
  from: '2026-11-04',
  to: '2026-12-03',
  interval: 'day',
  time_zone: 'Europe/Berlin',
  total: 12,
  rows: [],
  modules: [
    { module: 'invoices', count: 9 },
    { module: 'portal', count: 3 },
  ],
  customers: [],
  contacts: [],
  series: [],
};

function stubApi(answers: { summary?: () => Response; activity?: () => Response } = {}) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      asked.push(`${url.pathname}${url.search}`);
      if (url.pathname === '/api/v1/reviews/summary') return answers.summary?.() ?? json(summary);
      if (url.pathname === '/api/v1/reports/portal-activities') return answers.activity?.() ?? json(activity);
      return json({ error: { code: 'NOT_FOUND', message: 'no' } }, 404);
    }),
  );
  return asked;
}

function renderPage() {
  renderWithProviders(
    <MemoryRouter initialEntries={['/dashboard']}>
      <DashboardPage />
    </MemoryRouter>,
    { i18n, errorMessage, fieldMessage },
  );
}

const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('the dashboard', () => {
  it('shows the average, the count and the distribution as a chart with its table, and links to the reviews', async () => {
    const asked = stubApi();
    renderPage();
    const table = await screen.findByRole('table', { name: en.dashboard.distributionTable });
    expect(cells(table)).toEqual([
      ['5 stars', '4', '50%'],
      ['4 stars', '2', '25%'],
      ['3 stars', '1', '13%'],
      ['2 stars', '1', '13%'],
      ['1 star', '0', '0%'],
    ]);
    // The table is the chart's own: inside its figure, under the figure's caption.
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')?.textContent).toBe(en.dashboard.distribution);
    expect(within(figure).getByRole('table')).toBe(table);
    expect(figure.querySelector('svg')).not.toBeNull();
    const reviews = screen.getByRole('region', { name: en.dashboard.reviews });
    const figures = within(reviews).getAllByRole('definition').map((figure) => figure.textContent);
    expect(figures).toEqual(['4.13 ★★★★☆', '8']);
    expect(screen.getByRole('link', { name: en.dashboard.allReviews }).getAttribute('href')).toBe('/reviews');
    expect(screen.getByRole('link', { name: en.dashboard.awaitingReply }).getAttribute('href')).toBe('/reviews?replied=false');

    const modules = await screen.findByRole('table', { name: en.dashboard.activityByModule });
    expect(cells(modules)).toEqual([
      ['Invoices', '9'],
      ['Portal account', '3'],
    ]);
    expect(within(screen.getByRole('region', { name: en.dashboard.activity })).getByText('12')).toBeTruthy();
    expect(screen.getByRole('link', { name: en.dashboard.activityReport }).getAttribute('href')).toBe('/reports/portal-activities');
    expect(asked).toContain('/api/v1/reports/portal-activities');
  });

  it('says when there are no reviews yet', async () => {
    stubApi({ summary: () => json({ count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }) });
    renderPage();
    expect(await screen.findByText(en.dashboard.noReviews)).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('shows a failed summary in its card only, and tries again', async () => {
    let fail = true;
    stubApi({ summary: () => (fail ? json({ error: { code: 'INTERNAL', message: 'boom' } }, 500) : json(summary)) });
    renderPage();
    expect(await screen.findByText(en.dashboard.reviewsFailed)).toBeTruthy();
    expect(await screen.findByRole('table', { name: en.dashboard.activityByModule })).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: en.dashboard.distributionTable })).toBeTruthy();
  });
});
