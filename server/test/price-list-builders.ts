import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { PriceListKind } from '../db/order-tables.ts';
import { newId } from '../lib/ids.ts';
import type { SignedUpStaff } from './builders.ts';

/** An item of the catalogue (through the API); answers its id. */
export async function createItem(staff: SignedUpStaff, options: { rate_minor?: number; currency?: string; name?: string } = {}): Promise<string> {
  const response = await staff.client.post('/api/v1/items', { name: options.name ?? `Item ${randomBytes(3).toString('hex')}`, rate_minor: options.rate_minor ?? 1000, currency: options.currency ?? 'USD' });
  if (response.statusCode !== 201) throw new Error(`item creation failed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** A customer in a currency (through the API); answers its id. */
export async function createCustomerIn(staff: SignedUpStaff, currency = 'USD', extra: Record<string, unknown> = {}): Promise<string> {
  const response = await staff.client.post('/api/v1/customers', { display_name: `Customer ${randomBytes(3).toString('hex')}`, currency, ...extra });
  if (response.statusCode !== 201) throw new Error(`customer creation failed: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** A price list stored directly, with its rates, optionally assigned to customers; answers its id. */
export async function storePriceList(
  db: Db,
  organizationId: string,
  options: {
    name?: string;
    currency?: string;
    kind?: PriceListKind;
    percent_basis_points?: number;
    valid_from?: string | null;
    valid_to?: string | null;
    archived?: boolean;
    rates?: { item_id: string; min_quantity_milli: number; rate_minor: number }[];
    customerIds?: string[];
  } = {},
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await db
    .insertInto('price_lists')
    .values({
      id,
      organization_id: organizationId,
      name: options.name ?? `List ${randomBytes(3).toString('hex')}`,
      description: null,
      currency: options.currency ?? 'USD',
      kind: options.kind ?? 'per_item',
      percent_basis_points: options.percent_basis_points ?? 0,
      valid_from: options.valid_from ?? null,
      valid_to: options.valid_to ?? null,
      archived_at: options.archived ? now : null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  for (const rate of options.rates ?? []) await db.insertInto('price_list_rates').values({ id: newId(), price_list_id: id, ...rate }).execute();
  if (options.customerIds?.length) await db.updateTable('customers').set({ price_list_id: id }).where('id', 'in', options.customerIds).execute();
  return id;
}
