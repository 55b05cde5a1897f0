import type { SignedUpStaff } from './builders.ts';

export interface TestLine {
  name: string;
  quantity: number;
  rate_minor: number;
  tax_id?: string;
  discount?: { type: 'percent'; percent: number } | { type: 'amount'; amount_minor: number };
}

export async function createTax(staff: SignedUpStaff, ratePercent: number, name = `VAT ${ratePercent}%`): Promise<string> {
  const response = await staff.client.post('/api/v1/taxes', { name, rate_percent: ratePercent });
  if (response.statusCode !== 201) throw new Error(`tax creation failed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

type Path = 'invoices' | 'estimates' | 'retainer-invoices' | 'credit-notes';

export interface CreatedDocument {
  id: string;
  number: string;
  total_minor: number;
  balance_minor: number;
  status: string;
  currency: string;
}

/** A document through the staff API, sent unless `draft` is asked for. */
export async function createDocument(
  staff: SignedUpStaff,
  path: Path,
  customerId: string,
  options: { lines?: TestLine[]; draft?: boolean; issueDate?: string; dueDate?: string; expiryDate?: string; notes?: string } = {},
): Promise<CreatedDocument> {
  const response = await staff.client.post(`/api/v1/${path}`, {
    customer_id: customerId,
    lines: options.lines ?? [{ name: 'Consulting', quantity: 1, rate_minor: 10_000 }],
    ...(options.issueDate ? { issue_date: options.issueDate } : {}),
    ...(options.dueDate ? { due_date: options.dueDate } : {}),
    ...(options.expiryDate ? { expiry_date: options.expiryDate } : {}),
    ...(options.notes ? { notes: options.notes } : {}),
  });
  if (response.statusCode !== 201) throw new Error(`${path} creation failed: ${response.body}`);
  const created = response.json<CreatedDocument>();
  if (options.draft) return created;
  const sent = await staff.client.post(`/api/v1/${path}/${created.id}/send`);
  if (sent.statusCode !== 200) throw new Error(`${path} send failed: ${sent.body}`);
  return sent.json<CreatedDocument>();
}

export const createInvoice = (staff: SignedUpStaff, customerId: string, options: Parameters<typeof createDocument>[3] = {}) => createDocument(staff, 'invoices', customerId, options);
export const createEstimate = (staff: SignedUpStaff, customerId: string, options: Parameters<typeof createDocument>[3] = {}) => createDocument(staff, 'estimates', customerId, options);
