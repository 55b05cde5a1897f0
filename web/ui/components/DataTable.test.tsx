import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../test/providers.tsx';
import { ApiError } from '../api/errors.ts';
import { useCursorList, type CursorPage } from '../query/useCursorList.ts';
import { DataTable, type Column } from './DataTable.tsx';
import { EmptyState } from './Feedback.tsx';

interface Invoice {
  id: string;
  number: string;
  date: string;
}

const invoices = (from: number, to: number): Invoice[] => Array.from({ length: to - from + 1 }, (_, i) => ({ id: `i${from + i}`, number: `INV-${from + i}`, date: `2026-01-${String(from + i).padStart(2, '0')}` }));

const columns: Column<Invoice>[] = [
  { id: 'number', header: 'Number', rowHeader: true, cell: (row) => <a href={`/invoices/${row.id}`}>{row.number}</a> },
  { id: 'date', header: 'Date', cell: (row) => row.date, className: 'hide-narrow' },
  { id: 'note', header: 'Note', cell: () => null },
];

function InvoiceList({ fetchPage }: { fetchPage: (context: { cursor: string | undefined }) => Promise<CursorPage<Invoice>> }) {
  const list = useCursorList({ queryKey: ['invoices', 'list', {}], fetchPage });
  return (
    <DataTable
      caption="Invoices"
      columns={columns}
      list={list}
      stacked
      errorTitle="Invoices could not be loaded"
      empty={<EmptyState title="No invoices yet." />}
      loadMoreLabels={{ shown: (count) => `${count} shown`, loadMore: 'Load more' }}
    />
  );
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

describe('DataTable', () => {
  it('shows rows under named columns, each row named by its header cell, labelled for a phone', async () => {
    const fetchPage = vi.fn(async () => ({ data: invoices(1, 2), next_cursor: null }));
    renderWithProviders(<InvoiceList fetchPage={fetchPage} />, { i18n });
    const table = await screen.findByRole('table', { name: 'Invoices' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Number', 'Date', 'Note']);
    expect(within(table).getByRole('rowheader', { name: 'INV-1' }).getAttribute('data-label')).toBe('Number');
    const [dateCell, noteCell] = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(dateCell?.getAttribute('data-label')).toBe('Date');
    expect(dateCell?.className).toBe('hide-narrow');
    // An empty cell stays empty, so a phone's card can leave it out.
    expect(noteCell?.innerHTML).toBe('');
    expect(screen.getByRole('status').textContent).toBe('2 shown');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('loads the next page once on a double click and shows every row once', async () => {
    let release: () => void = () => undefined;
    const fetchPage = vi.fn(async ({ cursor }: { cursor: string | undefined }) => {
      if (!cursor) return { data: invoices(1, 3), next_cursor: 'c2' };
      await new Promise<void>((resolve) => (release = resolve));
      // The next page overlaps: INV-3 moved when a new invoice arrived.
      return { data: invoices(3, 5), next_cursor: null };
    });
    renderWithProviders(<InvoiceList fetchPage={fetchPage} />, { i18n });
    await screen.findByText('3 shown');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Load more' }));
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    release();
    await screen.findByText('5 shown');
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['INV-1', 'INV-2', 'INV-3', 'INV-4', 'INV-5']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says the list is loading, then that it is empty', async () => {
    let release: () => void = () => undefined;
    const fetchPage = vi.fn(() => new Promise<CursorPage<Invoice>>((resolve) => (release = () => resolve({ data: [], next_cursor: null }))));
    renderWithProviders(<InvoiceList fetchPage={fetchPage} />, { i18n });
    expect((await screen.findByRole('status')).textContent).toContain('Loading…');
    release();
    await screen.findByText('No invoices yet.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('explains a failed load in the app’s words and loads again on retry', async () => {
    const fetchPage = vi.fn().mockRejectedValueOnce(new ApiError(503, 'INTERNAL', 'Unavailable')).mockResolvedValueOnce({ data: invoices(1, 1), next_cursor: null });
    renderWithProviders(<InvoiceList fetchPage={fetchPage} />, { i18n });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Invoices could not be loaded');
    expect(alert.textContent).toContain('The server had a problem.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('rowheader', { name: 'INV-1' });
  });

  it('says why more rows could not be loaded, beside the button', async () => {
    const fetchPage = vi.fn(async ({ cursor }: { cursor: string | undefined }) => {
      if (cursor) throw new TypeError('Failed to fetch');
      return { data: invoices(1, 1), next_cursor: 'c2' };
    });
    renderWithProviders(<InvoiceList fetchPage={fetchPage} />, { i18n });
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    await screen.findByText('No connection.');
    expect(screen.getByRole('rowheader', { name: 'INV-1' })).toBeTruthy();
  });

  it('selects rows one by one or every loaded row at once', async () => {
    const onChange = vi.fn();
    function Selectable() {
      const [selected, setSelected] = useState<Set<string>>(new Set(['i2']));
      return (
        <DataTable
          caption="Invoices"
          columns={columns}
          rows={invoices(1, 3)}
          errorTitle="Failed"
          empty={null}
          selection={{
            selected,
            onChange: (next) => {
              onChange(next);
              setSelected(next);
            },
            allLabel: 'Select all loaded',
            rowLabel: (row) => `Select ${row.number}`,
          }}
        />
      );
    }
    renderWithProviders(<Selectable />, { i18n });
    const all = screen.getByRole('checkbox', { name: 'Select all loaded' });
    expect((all as HTMLInputElement).checked).toBe(false);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select INV-1' }));
    expect([...onChange.mock.lastCall![0]].sort()).toEqual(['i1', 'i2']);
    await userEvent.click(all);
    expect([...onChange.mock.lastCall![0]].sort()).toEqual(['i1', 'i2', 'i3']);
    await waitFor(() => expect((all as HTMLInputElement).checked).toBe(true));
    await userEvent.click(all);
    expect([...onChange.mock.lastCall![0]]).toEqual([]);
  });
});
