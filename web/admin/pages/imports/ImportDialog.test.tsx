import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { ImportDialog } from './ImportDialog.tsx';
import type { CsvImport } from './queries.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function testImport(overrides: Partial<CsvImport> = {}): CsvImport {
  return {
    id: 'imp-1',
    kind: 'customers',
    status: 'uploaded',
    file_name: 'customers.csv',
    delimiter: ',',
    headers: ['Name', 'E-Mail'],
    sample_rows: [['Acme', 'acme@example.test']],
    row_count: 3,
    fields: [
      { name: 'display_name', required: true },
      { name: 'email', required: false },
      { name: 'currency', required: false },
    ],
    mapping: { display_name: 'Name', email: 'E-Mail' },
    mapping_source: 'suggested',
    valid_count: null,
    invalid_count: null,
    error_count: 0,
    errors: [],
    mode: null,
    job_id: null,
    progress: null,
    result: null,
    created_at: '2026-12-04T10:00:00.000Z',
    updated_at: '2026-12-04T10:00:00.000Z',
    ...overrides,
  };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

interface Sent {
  method: string;
  path: string;
  contentType: string | null;
  body: string;
}

function stubFetch(answer: (request: Sent) => Response): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      const entry = { method: request.method, path: `${url.pathname}${url.search}`, contentType: request.headers.get('content-type'), body: request.method === 'GET' ? '' : await request.text() };
      sent.push(entry);
      return answer(entry);
    }),
  );
  return sent;
}

describe('the CSV import wizard', () => {
  it('uploads, maps, previews the row errors, imports the valid rows and shows the progress and result', async () => {
    const user = userEvent.setup();
    const validated = testImport({ status: 'validated', valid_count: 2, invalid_count: 1, error_count: 1, errors: [{ row: 3, field: 'email', code: 'invalid_format', message: 'must be a valid email address' }] });
    const polls = [testImport({ status: 'running', job_id: 'job-1', progress: { done: 1, total: 3, percent: 33 } }), testImport({ status: 'succeeded', job_id: 'job-1', progress: { done: 3, total: 3, percent: 100 }, result: { created: 2, updated: 0, skipped: 1 } })];
    const sent = stubFetch((request) => {
      if (request.path.startsWith('/api/v1/imports?')) return json(testImport(), 201);
      if (request.path.endsWith('/validate')) return json(validated);
      if (request.path.endsWith('/run')) return json({ import: testImport({ status: 'queued', job_id: 'job-1', progress: { done: 0, total: 3, percent: 0 } }), job: { id: 'job-1', kind: 'csv_import', status: 'queued', progress_done: 0, progress_total: 3, result: null, error: null, created_at: '', finished_at: null } }, 202);
      return json(polls.length > 1 ? polls.shift() : polls[0]);
    });
    const onClose = vi.fn();
    renderWithProviders(<ImportDialog open kind="customers" onClose={onClose} />, { i18n });

    await user.upload(screen.getByLabelText('Choose a CSV file'), new File(['Name,E-Mail\r\nAcme,acme@example.test\r\n'], 'customers.csv', { type: 'text/csv' }));
    expect(await screen.findByText('The file has 3 rows. Choose the column that fills each field.')).toBeTruthy();
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/imports?kind=customers&file_name=customers.csv', contentType: 'text/csv', body: 'Name,E-Mail\r\nAcme,acme@example.test\r\n' });
    expect(screen.getByLabelText<HTMLSelectElement>(/^Column for Name/).value).toBe('Name');
    expect(screen.getByText('acme@example.test')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Column for Currency'), 'E-Mail');
    await user.selectOptions(screen.getByLabelText('Column for Currency'), '— not imported —');

    await user.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByText('2 rows can be imported, 1 have errors.')).toBeTruthy();
    expect(JSON.parse(sent[1]!.body)).toEqual({ mapping: { display_name: 'Name', email: 'E-Mail' } });
    const errors = screen.getByRole('table', { name: 'Rows with errors' });
    expect(within(errors).getAllByRole('row')[1]!.textContent).toContain('Email');
    expect(screen.getByLabelText<HTMLInputElement>('Import nothing if any row fails').checked).toBe(true);
    expect(screen.getByText(/nothing will be imported/)).toBeTruthy();

    await user.click(screen.getByLabelText('Import the valid rows (2) and skip the others'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(JSON.parse(sent[2]!.body)).toEqual({ mode: 'valid_rows' });
    const bar = await screen.findByRole('progressbar', { name: 'Importing' });
    expect(bar.getAttribute('max')).toBe('3');
    expect(await screen.findByText('Imported: 2 created, 0 updated, 1 skipped.', undefined, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Importing' }).getAttribute('value')).toBe('3');

    await user.click(screen.getByRole('button', { name: 'Show the list' }));
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('says why a file was refused and stays on the upload step', async () => {
    const user = userEvent.setup();
    stubFetch(() => json({ error: { code: 'VALIDATION_FAILED', message: 'file: row 3: a quoted field is not closed', details: [{ field: 'file', code: 'invalid_format', params: { row: 3 }, message: 'row 3: a quoted field is not closed' }] } }, 400));
    renderWithProviders(<ImportDialog open kind="items" onClose={() => undefined} />, { i18n });
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File(['"open'], 'bad.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    expect(screen.getByRole('alert').textContent).toContain('file');
    expect(screen.getByLabelText('Choose a CSV file')).toBeTruthy();
  });

  it('shows the row errors when an all-or-nothing import failed', async () => {
    const user = userEvent.setup();
    const failed = testImport({ status: 'failed', job_id: 'job-1', invalid_count: 1, error_count: 1, errors: [{ row: 2, field: 'display_name', code: 'required', message: 'is required' }], progress: { done: 3, total: 3, percent: 100 } });
    stubFetch((request) => {
      if (request.path.startsWith('/api/v1/imports?')) return json(testImport(), 201);
      if (request.path.endsWith('/validate')) return json(testImport({ status: 'validated', valid_count: 3, invalid_count: 0 }));
      if (request.path.endsWith('/run')) return json({ import: testImport({ status: 'queued', job_id: 'job-1' }), job: { id: 'job-1', kind: 'csv_import', status: 'queued', progress_done: 0, progress_total: 3, result: null, error: null, created_at: '', finished_at: null } }, 202);
      return json(failed);
    });
    renderWithProviders(<ImportDialog open kind="customers" onClose={() => undefined} />, { i18n });
    await user.upload(screen.getByLabelText('Choose a CSV file'), new File(['Name\r\n'], 'c.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByText('Every row can be imported.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Nothing was imported: some rows have errors.', undefined, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Rows with errors' }).textContent).toContain('This field is required.');
  });
});
