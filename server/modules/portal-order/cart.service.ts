import { computeLineAmounts } from '../../../contract/document-totals.ts';
import { quantityFromMilli, quantityToMilli } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { customerPrices } from '../price-list/pricing.service.ts';
import { availableMilliOf, contactToday } from './catalog.service.ts';
import { ownerOf } from './ordering-access.ts';
import * as repo from './portal-order.repository.ts';
import type { Cart, CartLine } from './portal-order.schemas.ts';

/** Whether an item can still be bought in the portal. */
export function isSellable(item: { archived_at: string | null; sellable_in_portal: number }): boolean {
  return item.archived_at === null && item.sellable_in_portal === 1;
}

/** The contact's cart for its customer at today's prices (each line at its quantity's break) and stock. */
export async function readCart(ctx: AppContext, db: Db, contact: ContactPrincipal, currency: string): Promise<Cart> {
  const owner = ownerOf(contact);
  const rows = await repo.listCartLines(db, owner);
  const sellable = rows.filter(isSellable);
  const prices = await customerPrices(db, owner.organizationId, owner.customerId, sellable.map((row) => ({ item_id: row.item_id, quantity_milli: row.quantity_milli })), contactToday(ctx, contact));
  const available = await availableMilliOf(db, owner.organizationId, sellable.map((row) => ({ id: row.item_id, track_stock: row.track_stock })));
  let subtotal = 0;
  const lines = rows.map((row): CartLine => {
    const price = isSellable(row) ? prices.get(row.item_id) : null;
    const availableMilli = available.get(row.item_id);
    const short = availableMilli !== undefined && row.allow_backorders !== 1 && availableMilli < row.quantity_milli;
    const amount = price ? computeLineAmounts({ quantity_milli: row.quantity_milli, rate_minor: price.rate_minor, discount_type: null, discount_value: 0, tax_rate_millipercent: 0 }).gross_minor : null;
    if (amount !== null) subtotal += amount;
    return {
      id: row.id,
      item_id: row.item_id,
      name: row.name,
      sku: row.sku,
      unit: row.unit,
      quantity: quantityFromMilli(row.quantity_milli),
      unit_price_minor: price ? price.rate_minor : null,
      amount_minor: amount,
      available: availableMilli === undefined ? null : quantityFromMilli(availableMilli),
      allow_backorders: row.allow_backorders === 1,
      issue: !price ? 'unavailable' : short ? 'short_stock' : null,
    };
  });
  return { lines, currency, subtotal_minor: subtotal };
}

function currencyOf(contact: ContactPrincipal): string {
  return contact.account?.customer_currency ?? '';
}

export async function getCart(ctx: AppContext, contact: ContactPrincipal): Promise<Cart> {
  return readCart(ctx, ctx.db, contact, currencyOf(contact));
}

/** Puts an item in the cart at this quantity (replacing the quantity it had there). */
export async function putCartLine(ctx: AppContext, contact: ContactPrincipal, itemId: string, quantity: number): Promise<Cart> {
  const owner = ownerOf(contact);
  return ctx.db.transaction().execute(async (trx) => {
    const [item] = await repo.listItemsByIds(trx, owner.organizationId, [itemId]);
    if (!item || !isSellable(item)) throw notFound('Item');
    const quantityMilli = quantityToMilli(quantity);
    const prices = await customerPrices(trx, owner.organizationId, owner.customerId, [{ item_id: itemId, quantity_milli: quantityMilli }], contactToday(ctx, contact));
    if (!prices.get(itemId)) {
      const why = 'is not sold to this customer';
      throw new AppError('ITEM_UNAVAILABLE', `item_id: ${why}`, [fieldIssue('item_id', 'unknown_reference', why, { item_id: itemId })]);
    }
    await repo.upsertCartLine(trx, owner, { id: newId(), item_id: itemId, quantity_milli: quantityMilli, now: isoNow(ctx.clock) });
    return readCart(ctx, trx, contact, currencyOf(contact));
  });
}

/** Takes an item out of the cart; 404 when it is not in this contact's cart. */
export async function removeCartLine(ctx: AppContext, contact: ContactPrincipal, itemId: string): Promise<Cart> {
  const owner = ownerOf(contact);
  return ctx.db.transaction().execute(async (trx) => {
    if ((await repo.deleteCartItems(trx, owner, [itemId])) === 0) throw notFound('Cart line');
    return readCart(ctx, trx, contact, currencyOf(contact));
  });
}

export async function clearCart(ctx: AppContext, contact: ContactPrincipal): Promise<Cart> {
  await repo.deleteCartItems(ctx.db, ownerOf(contact));
  return readCart(ctx, ctx.db, contact, currencyOf(contact));
}
