/**
 * The customer page's company details history: which field a change touched and its values before and
 * after, as text. Fields are the customer API's names; `saved_shipping_address` ({ label, address }) and
 * `default_shipping_address` (a label) come from changes of the shipping addresses.
 */
import type { AdminResponse } from '../../../ui/api/paths.ts';
import { customerKeys } from './queries.ts';

export type CompanyHistoryPage = AdminResponse<'/customers/{id}/company-history', 'get'>;
export type CompanyDetailChange = CompanyHistoryPage['data'][number];

/** Under the customer's key: any change of the customer refreshes it. */
export const companyHistoryKey = (customerId: string) => [...customerKeys.detail(customerId), 'company-history'] as const;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields a change touched, in the order the server wrote them. */
export function fieldChanges(change: Pick<CompanyDetailChange, 'before' | 'after'>): FieldChange[] {
  const fields = [...new Set([...Object.keys(change.after), ...Object.keys(change.before)])];
  return fields.map((field) => ({ field, before: change.before[field] ?? null, after: change.after[field] ?? null }));
}

const addressOrder = ['attention', 'street', 'postal_code', 'city', 'state', 'country'];

export interface ValueWords {
  none: string;
  yes: string;
  no: string;
}

/** A value as one line of text: an address's parts joined, a saved address as "label: address". */
export function historyValueText(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return value.replace(/\s*\r?\n\s*/g, ', ');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.address === 'string') return [object.label, historyValueText(object.address, words)].filter((part) => typeof part === 'string' && part !== '').join(': ');
    const parts = addressOrder.map((key) => object[key]).filter((part): part is string => typeof part === 'string' && part.trim() !== '');
    return parts.length > 0 ? parts.join(', ') : words.none;
  }
  return words.none;
}
