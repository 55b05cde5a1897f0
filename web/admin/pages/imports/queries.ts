/** CSV imports through the typed client: upload, validate, run, and the import polled while it runs. */
import { useQuery } from '@tanstack/react-query';
import type { AdminBody, AdminResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type CsvImport = AdminResponse<'/imports/{id}', 'get'>;
export type ImportKind = CsvImport['kind'];
export type ImportMapping = AdminBody<'/imports/{id}/validate', 'post'>['mapping'];
export type ImportMode = NonNullable<CsvImport['mode']>;
export type RowError = CsvImport['errors'][number];

export const importKeys = queryKeys('imports');

const pollMs = 750;
export const isRunning = (row: CsvImport | undefined) => row?.status === 'queued' || row?.status === 'running';

export function uploadCsv(kind: ImportKind, file: { name: string; text: string }): Promise<CsvImport> {
  return adminClient.post('/imports', {
    params: { query: { kind, file_name: file.name } },
    body: file.text,
    bodySerializer: (body: string) => body,
    headers: { 'content-type': 'text/csv' },
  });
}

export function validateImport(id: string, mapping: ImportMapping): Promise<CsvImport> {
  return adminClient.post('/imports/{id}/validate', { params: { path: { id } }, body: { mapping } });
}

export function runImport(id: string, mode: ImportMode) {
  return adminClient.post('/imports/{id}/run', { params: { path: { id } }, body: { mode } });
}

/** The import while its job runs: polled until it has succeeded or failed. */
export function useImportProgress(started: CsvImport | undefined) {
  return useQuery({
    queryKey: importKeys.detail(started?.id ?? ''),
    queryFn: ({ signal }) => adminClient.get('/imports/{id}', { params: { path: { id: started?.id ?? '' } }, signal }),
    enabled: started !== undefined,
    initialData: started,
    staleTime: 0,
    refetchInterval: (query) => (isRunning(query.state.data) ? pollMs : false),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
  });
}
