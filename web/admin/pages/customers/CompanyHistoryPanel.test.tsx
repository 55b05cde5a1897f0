import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import type { CompanyDetailChange } from './company-history.ts';
import { CompanyHistoryPanel } from './CompanyHistoryPanel.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const change = (patch: Partial<CompanyDetailChange>): CompanyDetailChange => ({
  id: 'c1',
  actor_type: 'contact',
  actor_name: 'Ada Lovelace',
  contact_person_id: 'cp1',
  staff_user_id: null,
  before: {},
  after: {},
  created_at: '2026-12-01T10:00:00.000Z',
  ...patch,
});

function stubPages(pages: Record<string, { data: CompanyDetailChange[]; next_cursor: string | null }>, status = 200) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      urls.push(`${url.pathname}${url.search}`);
      if (status !== 200) return json({ error: { code: 'INTERNAL', message: 'Broken' } }, status);
      return json(pages[url.searchParams.get('cursor') ?? ''] ?? { data: [], next_cursor: null });
    }),
  );
  return urls;
}

describe('the company details history panel', () => {
  it('shows who changed which field from what to what, newest first, and pages to older changes', async () => {
    const user = userEvent.setup();
    const urls = stubPages({
      '': {
        data: [
          change({ id: 'c2', before: { tax_number: null, company_name: 'Globex' }, after: { tax_number: 'GB123', company_name: 'Globex Ltd' } }),
          change({ id: 'c1', actor_type: 'api', actor_name: 'API', contact_person_id: null, before: { saved_shipping_address: null }, after: { saved_shipping_address: { label: 'Depot', address: 'Dock 1\nBremen' } } }),
        ],
        next_cursor: 'next',
      },
      next: { data: [change({ id: 'c0', actor_type: 'staff', actor_name: 'Sam', before: { billing_address: { city: 'Leeds' } }, after: { billing_address: { city: 'York', street: '1 Main St' } } })], next_cursor: null },
    });
    renderWithProviders(<CompanyHistoryPanel customerId="cust-1" />, { i18n });
    const list = await screen.findByRole('list');
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toContain('Ada Lovelace (portal)');
    expect(entries[0]?.textContent).toContain(`${en.companyHistory.fields.tax_number}none → changed toGB123`);
    expect(entries[0]?.textContent).toContain('Globex → changed toGlobex Ltd');
    expect(entries[1]?.textContent).toContain(en.companyHistory.actor.api);
    expect(entries[1]?.textContent).toContain('Depot: Dock 1, Bremen');
    expect(urls[0]).toBe('/api/v1/customers/cust-1/company-history?limit=20');

    await user.click(screen.getByRole('button', { name: en.companyHistory.older }));
    expect(await screen.findByText('1 Main St, York')).toBeTruthy();
    expect(screen.getByText('Sam (staff)')).toBeTruthy();
    expect(urls[1]).toBe('/api/v1/customers/cust-1/company-history?limit=20&cursor=next');
    expect(screen.queryByRole('button', { name: en.companyHistory.older })).toBeNull();
  });

  it('says when there are no changes yet, and offers a retry when loading fails', async () => {
    stubPages({});
    const { unmount } = renderWithProviders(<CompanyHistoryPanel customerId="cust-1" />, { i18n });
    expect(await screen.findByText(en.companyHistory.empty)).toBeTruthy();
    unmount();
    stubPages({}, 500);
    renderWithProviders(<CompanyHistoryPanel customerId="cust-2" />, { i18n });
    expect(await screen.findByText(en.companyHistory.loadFailed)).toBeTruthy();
    expect(screen.getByRole('button', { name: en.common.retry })).toBeTruthy();
  });
});
