import { divideRoundHalfAwayFromZero } from '../../../contract/document-totals.ts';
import type { AppContext } from '../../context.ts';
import type { SalesOrderLinesTable } from '../../db/order-tables.ts';
import { isoNow } from '../../lib/clock.ts';
import { presentDocument } from '../document/document.presenter.ts';
import type { DocumentResponse } from '../document/document.schemas.ts';
import { createInvoiceFromLines, type SettledLine } from '../document/invoice-from-lines.service.ts';
import { invoiceableMilli } from './sales-order.ts';
import * as repo from './sales-order.repository.ts';
import { getSalesOrder, type OrderActor } from './sales-order.service.ts';
import { checkOrderTransition, orderStateConflict } from './sales-order-writes.ts';

/** The invoice's copy of an order line for `quantityMilli` of it: the same rate, tax and discount (an amount discount in proportion). */
function invoiceLine(line: SalesOrderLinesTable, quantityMilli: number): SettledLine {
  const discountValue =
    line.discount_type === 'amount' && quantityMilli !== line.quantity_milli
      ? Number(divideRoundHalfAwayFromZero(BigInt(line.discount_value) * BigInt(quantityMilli), BigInt(line.quantity_milli)))
      : line.discount_value;
  return {
    item_id: line.item_id,
    name: line.name,
    description: line.description,
    unit: line.unit,
    quantity_milli: quantityMilli,
    rate_minor: line.rate_minor,
    discount_type: line.discount_type,
    discount_value: discountValue,
    tax_id: line.tax_id,
    tax_name: line.tax_name,
    tax_rate_millipercent: line.tax_rate_millipercent,
  };
}

/**
 * A draft invoice of what the order has not invoiced yet: all of it (`all`) or what has shipped
 * (`shipped`), at the order lines' rates. Each line's invoiced quantity moves on only while it is still
 * what was read here, so two conversions at once can never invoice the same quantity twice: the later
 * one answers 409 and leaves nothing behind.
 */
export async function convertSalesOrderToInvoice(ctx: AppContext, actor: OrderActor, id: string, mode: 'all' | 'shipped', seen?: number): Promise<DocumentResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const order = await getSalesOrder(trx, actor.organizationId, id);
    checkOrderTransition(order, 'invoice', seen);
    const lines = await repo.findLines(trx, id);
    const taken = lines.map((line) => ({ line, quantityMilli: invoiceableMilli(line, mode) })).filter((entry) => entry.quantityMilli > 0);
    if (taken.length === 0) {
      throw orderStateConflict(order, 'invoice', mode === 'shipped' ? `Everything of ${order.number} that has shipped is invoiced already` : `${order.number} is invoiced in full already`);
    }
    for (const { line, quantityMilli } of taken) {
      if (!(await repo.addInvoicedAt(trx, line.id, line.invoiced_milli, quantityMilli))) {
        throw orderStateConflict(order, 'invoice', `${order.number} was invoiced by another request meanwhile; reload it and try again`);
      }
    }
    const now = isoNow(ctx.clock);
    await repo.touchOrder(trx, id, now);
    const invoice = await createInvoiceFromLines(ctx, trx, {
      organizationId: actor.organizationId,
      customerId: order.customer_id,
      currency: order.currency,
      salesOrderId: order.id,
      staffUserId: actor.staffUserId,
      reference: order.po_number ?? order.number,
      notes: order.notes,
      lines: taken.map(({ line, quantityMilli }) => invoiceLine(line, quantityMilli)),
    });
    return presentDocument(trx, invoice, ctx.clock.now());
  });
}
