import { deflateSync } from 'node:zlib';
import type { AppContext } from '../context.ts';
import type { StaffPrincipal } from '../http/auth.ts';
import { isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { addDays } from '../modules/document/document.ts';
import { organizationToday } from '../modules/organization/organization-today.ts';
import { approveSalesOrder, cancelSalesOrder, confirmSalesOrder, createSalesOrder, staffOrderActor } from '../modules/sales-order/sales-order.service.ts';
import { convertSalesOrderToInvoice } from '../modules/sales-order/sales-order-invoice.service.ts';
import { createPackage, deliverPackage, shipPackage } from '../modules/shipment/shipment.service.ts';
import { adjustStock, defaultWarehouseId } from '../modules/stock/stock.service.ts';

interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

interface DemoItem {
  key: string;
  name: string;
  sku: string;
  unit: string;
  category: string;
  rate_minor: number;
  /** Received into the main warehouse; undefined: stock not tracked. */
  stock?: number;
  allow_backorders?: boolean;
  colour: [number, number, number];
  description: string;
}

const catalogue: DemoItem[] = [
  { key: 'paper', name: 'Pallet of copy paper', sku: 'PAP-500', unit: 'pallet', category: 'Paper', rate_minor: 42_950, stock: 40, colour: [236, 240, 241], description: '40 boxes of 5 reams, A4 80 g/m², FSC certified.' },
  { key: 'toner', name: 'Toner cartridge', sku: 'TON-BK', unit: 'pcs', category: 'Printing', rate_minor: 8_999, stock: 120, colour: [44, 62, 80], description: 'Black toner for the LaserPro 400 series, 6 000 pages.' },
  { key: 'reams', name: 'A4 copy paper, box of 5 reams', sku: 'PAP-A4-5', unit: 'box', category: 'Paper', rate_minor: 2_499, stock: 300, colour: [250, 250, 245], description: '2 500 sheets of A4 80 g/m² white copy paper.' },
  { key: 'pens', name: 'Ballpoint pens, box of 50', sku: 'PEN-50', unit: 'box', category: 'Writing', rate_minor: 1_250, stock: 85, colour: [41, 128, 185], description: 'Blue medium-point ballpoint pens with a click mechanism.' },
  { key: 'markers', name: 'Whiteboard markers, set of 4', sku: 'MRK-4', unit: 'set', category: 'Writing', rate_minor: 699, stock: 8, colour: [192, 57, 43], description: 'Black, blue, red and green dry-erase markers.' },
  { key: 'stapler', name: 'Heavy-duty stapler', sku: 'STP-HD', unit: 'pcs', category: 'Office supplies', rate_minor: 1_899, stock: 25, colour: [127, 140, 141], description: 'Staples up to 100 sheets; includes 1 000 staples.' },
  { key: 'organiser', name: 'Desk organiser', sku: 'ORG-1', unit: 'pcs', category: 'Office supplies', rate_minor: 3_450, stock: 0, allow_backorders: true, colour: [160, 110, 70], description: 'Bamboo desk organiser with five compartments. Made to order: ships in two weeks.' },
  { key: 'archive', name: 'Archive boxes, pack of 10', sku: 'ARC-10', unit: 'pack', category: 'Office supplies', rate_minor: 2_150, stock: 0, colour: [211, 84, 0], description: 'Corrugated archive boxes with lids, 80 mm spine.' },
  { key: 'chair', name: 'Ergonomic office chair', sku: 'CHR-ERG', unit: 'pcs', category: 'Furniture', rate_minor: 31_900, stock: 12, colour: [39, 55, 70], description: 'Adjustable lumbar support, 4D armrests, mesh back; five-year warranty.' },
];

/**
 * The ordering side of the demo: a catalogue with images and stock, price lists for two customers, their
 * shipping addresses, and sales orders in every status with packages and shipments.
 */
export async function seedDemoOrders(ctx: AppContext, actor: Actor, customers: { usd: string; eur: string; contactPersonId: string; contactName: string; other: string }): Promise<void> {
  const now = isoNow(ctx.clock);
  const organizationId = actor.organizationId;
  const today = await organizationToday(ctx, organizationId);
  const existing = await ctx.db.selectFrom('items').select(['id', 'sku']).where('organization_id', '=', organizationId).execute();
  const itemIds = new Map<string, string>();
  await ctx.db.transaction().execute(async (trx) => {
    const warehouseId = await defaultWarehouseId(trx, organizationId, now);
    let position = 0;
    for (const item of catalogue) {
      const found = existing.find((row) => row.sku === item.sku);
      const id = found?.id ?? newId();
      itemIds.set(item.key, id);
      const fields = {
        name: item.name,
        sku: item.sku,
        unit: item.unit,
        category: item.category,
        description: item.description,
        rate_minor: item.rate_minor,
        sellable_in_portal: 1,
        track_stock: item.stock === undefined ? 0 : 1,
        allow_backorders: item.allow_backorders ? 1 : 0,
        updated_at: now,
      };
      if (found) await trx.updateTable('items').set(fields).where('id', '=', id).execute();
      else await trx.insertInto('items').values({ id, organization_id: organizationId, currency: 'USD', tax_id: null, archived_at: null, created_at: now, ...fields }).execute();
      const png = solidPng(96, 96, item.colour);
      await trx.insertInto('item_images').values({ id: newId(), organization_id: organizationId, item_id: id, position: position++, content_type: 'image/png', data: png, byte_size: png.length, alt_text: item.name, created_at: now }).execute();
      if (item.stock) await adjustStock(trx, { organizationId, warehouseId, itemId: id, deltaMilli: item.stock * 1000, kind: 'receipt', reason: 'Opening stock', staffUserId: actor.staffUserId, now });
    }
    // A count that found two damaged pallets.
    await adjustStock(trx, { organizationId, warehouseId, itemId: itemIds.get('paper')!, deltaMilli: -2000, kind: 'adjustment', reason: 'Two pallets damaged by water in the loading bay', staffUserId: actor.staffUserId, now });

    // Globex's contract: 10 % off the catalogue, and toner by the case at a better rate.
    const contract = newId();
    await trx.insertInto('price_lists').values({ id: contract, organization_id: organizationId, name: 'Globex contract 2026', description: 'Negotiated in January: 10 % off, toner breaks at 10 and 50.', currency: 'USD', kind: 'markdown', percent_basis_points: 1000, valid_from: addDays(today, -330), valid_to: addDays(today, 35), archived_at: null, created_at: now, updated_at: now, version: 1 }).execute();
    await trx
      .insertInto('price_list_rates')
      .values([
        { id: newId(), price_list_id: contract, item_id: itemIds.get('toner')!, min_quantity_milli: 10_000, rate_minor: 7_650 },
        { id: newId(), price_list_id: contract, item_id: itemIds.get('toner')!, min_quantity_milli: 50_000, rate_minor: 6_990 },
      ])
      .execute();
    // Globex Europe buys in euros: only what has a euro rate is sold to it.
    const euro = newId();
    await trx.insertInto('price_lists').values({ id: euro, organization_id: organizationId, name: 'Euro wholesale', description: 'Euro prices for EU customers.', currency: 'EUR', kind: 'per_item', percent_basis_points: 0, valid_from: null, valid_to: null, archived_at: null, created_at: now, updated_at: now, version: 1 }).execute();
    await trx
      .insertInto('price_list_rates')
      .values([
        { id: newId(), price_list_id: euro, item_id: itemIds.get('reams')!, min_quantity_milli: 1000, rate_minor: 2_390 },
        { id: newId(), price_list_id: euro, item_id: itemIds.get('reams')!, min_quantity_milli: 20_000, rate_minor: 2_150 },
        { id: newId(), price_list_id: euro, item_id: itemIds.get('pens')!, min_quantity_milli: 1000, rate_minor: 1_190 },
        { id: newId(), price_list_id: euro, item_id: itemIds.get('chair')!, min_quantity_milli: 1000, rate_minor: 29_900 },
      ])
      .execute();
    // An old list, expired: kept for the record, applied to nobody.
    await trx.insertInto('price_lists').values({ id: newId(), organization_id: organizationId, name: 'Spring promotion 2025', description: '15 % off everything, March to May 2025.', currency: 'USD', kind: 'markdown', percent_basis_points: 1500, valid_from: addDays(today, -600), valid_to: addDays(today, -540), archived_at: null, created_at: now, updated_at: now, version: 1 }).execute();
    await trx.updateTable('customers').set({ price_list_id: contract }).where('id', '=', customers.usd).execute();
    await trx.updateTable('customers').set({ price_list_id: euro }).where('id', '=', customers.eur).execute();

    await trx
      .insertInto('customer_addresses')
      .values([
        { id: newId(), organization_id: organizationId, customer_id: customers.usd, label: 'Head office', address: 'Globex Corporation\n1 Globex Plaza\nCypress Creek, OR 97005\nUnited States', is_default: 1, removed_at: null, created_at: now, updated_at: now },
        { id: newId(), organization_id: organizationId, customer_id: customers.usd, label: 'Tacoma warehouse', address: 'Globex Corporation – Receiving\n4400 Port of Tacoma Rd\nTacoma, WA 98421\nUnited States', is_default: 0, removed_at: null, created_at: now, updated_at: now },
      ])
      .execute();
  });

  const staff: StaffPrincipal = { organizationId, staffUserId: actor.staffUserId, role: 'owner', via: 'session', sessionId: null, sessionToken: null, scopes: [], language: 'en' };
  const orderActor = await staffOrderActor(ctx, staff);
  const line = (key: string, quantity: number) => ({ item_id: itemIds.get(key)!, quantity_milli: quantity * 1000 });
  const place = async (customerId: string, status: 'draft' | 'pending_approval' | 'confirmed', daysAgo: number, lines: ReturnType<typeof line>[], extra: { po?: string; notes?: string; portal?: boolean } = {}) =>
    ctx.db.transaction().execute(async (trx) =>
      createSalesOrder(ctx, trx, {
        organizationId,
        customerId,
        status,
        lines,
        orderDate: addDays(today, -daysAgo),
        poNumber: extra.po ?? null,
        notes: extra.notes ?? null,
        placedVia: extra.portal ? 'portal' : 'staff',
        contact: extra.portal ? { id: customers.contactPersonId, name: customers.contactName } : null,
        staff: extra.portal ? null : { id: actor.staffUserId, name: 'Nora Northwind' },
      }),
    );
  const packAll = async (orderId: string, lines: { id: string; quantity_milli: number }[]) =>
    createPackage(ctx, staff, orderId, { lines: lines.map((orderLine) => ({ sales_order_line_id: orderLine.id, quantity: orderLine.quantity_milli / 1000 })) });

  // Delivered long ago, invoiced.
  const delivered = await place(customers.usd, 'confirmed', 40, [line('paper', 2), line('toner', 12)], { po: 'PO-4471' });
  const deliveredPackage = await packAll(delivered.order.id, delivered.lines);
  await shipPackage(ctx, staff, deliveredPackage.id, { carrier: 'ups', tracking_number: '1Z999AA10123456784', shipped_on: addDays(today, -38) });
  await deliverPackage(ctx, staff, deliveredPackage.id);
  await convertSalesOrderToInvoice(ctx, orderActor, delivered.order.id, 'all');

  // Shipped, on its way.
  const shipped = await place(customers.usd, 'confirmed', 6, [line('reams', 20), line('pens', 4)], { po: 'PO-4502' });
  const shippedPackage = await packAll(shipped.order.id, shipped.lines);
  await shipPackage(ctx, staff, shippedPackage.id, { carrier: 'fedex', tracking_number: '449044304137821', shipped_on: addDays(today, -4) });

  // Partly shipped: the chairs went, the stapler waits.
  const partial = await place(customers.usd, 'confirmed', 9, [line('chair', 4), line('stapler', 6)], { po: 'PO-4488', notes: 'Please deliver to the 3rd floor.' });
  const chairs = partial.lines.find((orderLine) => orderLine.item_id === itemIds.get('chair'))!;
  const partialPackage = await createPackage(ctx, staff, partial.order.id, { lines: [{ sales_order_line_id: chairs.id, quantity: 4 }] });
  await shipPackage(ctx, staff, partialPackage.id, { carrier: 'dhl', tracking_number: '1234567890', shipped_on: addDays(today, -7) });

  // Confirmed, not packed yet; one placed in the portal waiting for approval; a draft; a cancelled one.
  await place(customers.usd, 'confirmed', 2, [line('toner', 50)], { po: 'PO-4519' });
  await place(customers.usd, 'pending_approval', 1, [line('markers', 3), line('reams', 10)], { portal: true, po: 'PO-4523', notes: 'Needed before the quarterly review, please.' });
  await place(customers.usd, 'draft', 0, [line('organiser', 5)]);
  const cancelled = await place(customers.usd, 'pending_approval', 15, [line('chair', 2)], { portal: true });
  await cancelSalesOrder(ctx, orderActor, cancelled.order.id, 'Ordered twice by mistake; the other order stands.');

  // A euro order for Globex Europe, approved from the portal and confirmed.
  const euroOrder = await place(customers.eur, 'pending_approval', 3, [line('reams', 25), line('pens', 10)], { portal: true, po: 'GE-2026-118' });
  await approveSalesOrder(ctx, orderActor, euroOrder.order.id);

  // Another customer's confirmed order holds some stock too.
  const other = await place(customers.other, 'draft', 1, [line('pens', 5)]);
  await confirmSalesOrder(ctx, orderActor, other.order.id);
}

/** A small PNG of one colour: the demo catalogue's pictures, made here so the repository holds no images. */
function solidPng(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) {
    // A lighter frame so the swatch reads as a picture on any background.
    const edge = x < 4 || x >= width - 4;
    row[1 + x * 3] = edge ? 255 : red;
    row[2 + x * 3] = edge ? 255 : green;
    row[3 + x * 3] = edge ? 255 : blue;
  }
  const frame = Buffer.alloc(1 + width * 3, 255);
  frame[0] = 0;
  const raw = Buffer.concat(Array.from({ length: height }, (_, y) => (y < 4 || y >= height - 4 ? frame : row)));
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
