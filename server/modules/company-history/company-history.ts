/**
 * The company details history: which of a customer's details a change touched, and their values
 * before and after it. Pure: the service snapshots the customer before and after a change and hands
 * both here; only fields whose value differs are kept, so a request that changed nothing records nothing.
 *
 * Values are compared as data, not as stored text: an address is the same address whatever the order of
 * its keys, an address whose every part is blank is no address (null), and a blank text is null.
 */

/** A snapshot of some of a customer's details (field → value as the API shows it). */
export type DetailSnapshot = Record<string, unknown>;

export interface DetailDiff {
  /** The changed fields only, with their values before the change. */
  before: DetailSnapshot;
  /** The same fields after it. */
  after: DetailSnapshot;
}

/** A value in its comparable form: blank text and empty objects are null, objects' keys sorted. */
export function normalizeValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => [key, normalizeValue(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalizeValue(a)) === JSON.stringify(normalizeValue(b));
}

/**
 * The fields of `after` whose value differs from `before` (a field missing from `after` was not
 * touched), or null when none did. Field order follows `after`.
 */
export function diffDetails(before: DetailSnapshot, after: DetailSnapshot): DetailDiff | null {
  const diff: DetailDiff = { before: {}, after: {} };
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (sameValue(before[field], value)) continue;
    diff.before[field] = normalizeValue(before[field]);
    diff.after[field] = normalizeValue(value);
  }
  return Object.keys(diff.after).length === 0 ? null : diff;
}

/** An address object (attention, street …) as one line of text: what notifications show. */
export function addressText(value: unknown): string | null {
  const normalized = normalizeValue(value);
  if (normalized === null || typeof normalized !== 'object') return typeof normalized === 'string' ? normalized : null;
  const address = normalized as Record<string, unknown>;
  const order = ['attention', 'street', 'postal_code', 'city', 'state', 'country'];
  const parts = order.map((key) => address[key]).filter((part): part is string => typeof part === 'string');
  return parts.join(', ') || null;
}

/** A changed value as short text for a sentence (a notification); null when there is none. */
export function valueText(value: unknown): string | null {
  const normalized = normalizeValue(value);
  if (normalized === null) return null;
  if (typeof normalized === 'string') return normalized.replace(/\s*\r?\n\s*/g, ', ');
  if (typeof normalized === 'number' || typeof normalized === 'boolean') return String(normalized);
  const object = normalized as Record<string, unknown>;
  if (typeof object.address === 'string') return [object.label, valueText(object.address)].filter((part) => typeof part === 'string' && part !== '').join(': ');
  return addressText(normalized);
}

interface StoredAddress {
  id: string;
  label: string | null;
  address: string;
  is_default: boolean;
}

/**
 * The address book as the history compares it, seen from the address `addressId`: that address as
 * `saved_shipping_address` ({ label, address }, null before it was added or after it was removed) and
 * the default's label as `default_shipping_address` (so it is kept only when the default moved).
 */
export function addressBookSnapshot(addresses: readonly StoredAddress[], addressId: string): DetailSnapshot {
  const address = addresses.find((entry) => entry.id === addressId);
  const defaultAddress = addresses.find((entry) => entry.is_default);
  return {
    saved_shipping_address: address ? { label: address.label, address: address.address } : null,
    default_shipping_address: defaultAddress ? defaultAddress.label : null,
  };
}

/** The customer fields the history follows. */
export const trackedCustomerFields = [
  'display_name',
  'company_name',
  'email',
  'phone',
  'tax_number',
  'currency',
  'portal_language',
  'billing_address',
  'shipping_address',
  'notes',
  'allow_bank_payments',
] as const;
export type TrackedCustomerField = (typeof trackedCustomerFields)[number];

interface CustomerDetailsRow {
  display_name: string;
  company_name: string | null;
  email: string | null;
  phone: string | null;
  tax_number: string | null;
  currency: string;
  portal_language: string;
  billing_address: string | null;
  shipping_address: string | null;
  notes: string | null;
  allow_bank_payments: number;
}

/** A customer row's details as the API shows them (addresses as objects, flags as booleans). */
export function customerDetails(row: CustomerDetailsRow): Record<TrackedCustomerField, unknown> {
  const address = (json: string | null) => (json ? (JSON.parse(json) as unknown) : null);
  return {
    display_name: row.display_name,
    company_name: row.company_name,
    email: row.email,
    phone: row.phone,
    tax_number: row.tax_number,
    currency: row.currency,
    portal_language: row.portal_language,
    billing_address: address(row.billing_address),
    shipping_address: address(row.shipping_address),
    notes: row.notes,
    allow_bank_payments: row.allow_bank_payments === 1,
  };
}
