import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Sales orders, stock and ordering from the portal (docs/orders.md):
 * - items gain a category, the *sellable in the portal* and *allow backorders* flags, whether their stock
 *   is tracked, and images (stored in the database, served by Portico);
 * - warehouses (one default per organization, more can be added) and the stock of each tracked item in
 *   each: on hand and committed (to confirmed, unshipped order lines), both in thousandths and never
 *   negative (CHECK), changed only by conditional updates; every change of on hand is a movement
 *   (receipt, adjustment with a reason, shipment), so on hand = the sum of its movements;
 * - price lists (a markup or markdown of the base price, or per-item rates, in one currency, with
 *   quantity breaks and validity dates), assigned to customers;
 * - a customer's shipping addresses;
 * - sales orders with their lines (what each line committed, shipped and invoiced, and which list and
 *   break priced it), status history and comments; invoices made from an order name it;
 * - packages (picked quantities of an order's lines) and their shipment: carrier, tracking number, dates;
 *   carriers' tracking URL templates per organization (the known carriers have defaults in code);
 * - the cart each contact person keeps for each customer account.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema.alterTable('items').addColumn('category', 'text').execute();
  await db.schema.alterTable('items').addColumn('sellable_in_portal', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('items').addColumn('allow_backorders', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('items').addColumn('track_stock', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('items_org_category').on('items').columns(['organization_id', 'category', 'name']).execute();

  await db.schema
    .createTable('item_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('data', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('alt_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_images_item').on('item_images').columns(['item_id', 'position']).execute();

  await db.schema
    .createTable('warehouses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // At most one default warehouse per organization.
  await db.schema.createIndex('warehouses_one_default').on('warehouses').column('organization_id').unique().where(sql.ref('is_default'), '=', 1).execute();

  await db.schema
    .createTable('stock_levels')
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('on_hand_milli', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('committed_milli', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_levels_pk', ['item_id', 'warehouse_id'])
    .addCheckConstraint('stock_levels_on_hand_not_negative', sql`on_hand_milli >= 0`)
    .addCheckConstraint('stock_levels_committed_not_negative', sql`committed_milli >= 0`)
    .execute();
  await db.schema.createIndex('stock_levels_warehouse').on('stock_levels').columns(['warehouse_id', 'item_id']).execute();

  await db.schema
    .createTable('stock_movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id').onDelete('cascade'))
    // receipt | adjustment | shipment: the signed change of on hand.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('sales_order_id', 'text')
    .addColumn('package_id', 'text')
    .addColumn('staff_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stock_movements_item').on('stock_movements').columns(['item_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('price_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    // markup | markdown (a percentage of the item's base rate) | per_item (only the listed rates)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('percent_basis_points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('price_lists_org_name').on('price_lists').columns(['organization_id', 'name', 'id']).execute();

  await db.schema
    .createTable('price_list_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('price_list_id', 'text', (c) => c.notNull().references('price_lists.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    // The break: this rate applies from this quantity (thousandths) up to the next break.
    .addColumn('min_quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('rate_minor', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('price_list_rates_break', ['price_list_id', 'item_id', 'min_quantity_milli'])
    .execute();
  await db.schema.createIndex('price_list_rates_item').on('price_list_rates').columns(['item_id', 'price_list_id']).execute();

  await db.schema.alterTable('customers').addColumn('price_list_id', 'text').execute();

  await db.schema
    .createTable('customer_addresses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_addresses_customer').on('customer_addresses').columns(['customer_id', 'removed_at']).execute();

  await db.schema
    .createTable('sales_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    // draft | pending_approval | confirmed | partially_shipped | shipped | delivered | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('expected_shipment_date', 'text')
    .addColumn('po_number', 'text')
    .addColumn('notes', 'text')
    .addColumn('terms', 'text')
    .addColumn('shipping_address_id', 'text')
    .addColumn('shipping_address', 'text')
    .addColumn('warehouse_id', 'text', (c) => c.notNull().references('warehouses.id'))
    .addColumn('subtotal_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_minor', 'bigint', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    // staff | portal | api
    .addColumn('placed_via', 'text', (c) => c.notNull())
    .addColumn('placed_by_contact_id', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('shipped_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('sales_orders_number', ['organization_id', 'number'])
    .execute();
  await db.schema.createIndex('sales_orders_customer_date').on('sales_orders').columns(['customer_id', 'order_date', 'id']).execute();
  await db.schema.createIndex('sales_orders_org_status').on('sales_orders').columns(['organization_id', 'status', 'order_date']).execute();
  await db.schema.createIndex('sales_orders_org_date').on('sales_orders').columns(['organization_id', 'order_date', 'id']).execute();

  await db.schema
    .createTable('sales_order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sales_order_id', 'text', (c) => c.notNull().references('sales_orders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('item_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sku', 'text')
    .addColumn('unit', 'text')
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('rate_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_type', 'text')
    .addColumn('discount_value', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_id', 'text')
    .addColumn('tax_name', 'text')
    .addColumn('tax_rate_millipercent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('gross_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_minor', 'bigint', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    // Where the rate came from: base | price_list | manual; the list and the break (from this quantity) that applied.
    .addColumn('price_source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('price_list_id', 'text')
    .addColumn('price_list_name', 'text')
    .addColumn('price_break_min_milli', 'bigint')
    .addColumn('committed_milli', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('packed_milli', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('shipped_milli', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('invoiced_milli', 'bigint', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('sales_order_lines_quantities', sql`committed_milli >= 0 and packed_milli >= 0 and shipped_milli >= 0 and invoiced_milli >= 0 and packed_milli <= quantity_milli and shipped_milli <= packed_milli and invoiced_milli <= quantity_milli`)
    .execute();
  await db.schema.createIndex('sales_order_lines_order').on('sales_order_lines').columns(['sales_order_id', 'position']).execute();
  await db.schema.createIndex('sales_order_lines_item').on('sales_order_lines').columns(['item_id']).execute();

  await db.schema
    .createTable('sales_order_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sales_order_id', 'text', (c) => c.notNull().references('sales_orders.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    // staff | contact | system | api
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sales_order_events_order').on('sales_order_events').columns(['sales_order_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('sales_order_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('sales_order_id', 'text', (c) => c.notNull().references('sales_orders.id').onDelete('cascade'))
    .addColumn('author_type', 'text', (c) => c.notNull())
    .addColumn('staff_user_id', 'text')
    .addColumn('contact_person_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('display_in_portal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sales_order_comments_order').on('sales_order_comments').columns(['sales_order_id', 'created_at']).execute();

  await db.schema.alterTable('documents').addColumn('sales_order_id', 'text').execute();
  await db.schema.createIndex('documents_sales_order').on('documents').columns(['sales_order_id']).where(sql.ref('sales_order_id'), 'is not', null).execute();

  await db.schema
    .createTable('packages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('sales_order_id', 'text', (c) => c.notNull().references('sales_orders.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    // packed | shipped | delivered
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('package_date', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('carrier', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('shipped_on', 'text')
    .addColumn('shipped_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('packages_number', ['organization_id', 'number'])
    .execute();
  await db.schema.createIndex('packages_order').on('packages').columns(['sales_order_id', 'created_at']).execute();
  await db.schema.createIndex('packages_customer_shipped').on('packages').columns(['customer_id', 'shipped_at', 'id']).execute();
  await db.schema.createIndex('packages_org_status').on('packages').columns(['organization_id', 'status', 'created_at']).execute();

  await db.schema
    .createTable('package_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('package_id', 'text', (c) => c.notNull().references('packages.id').onDelete('cascade'))
    .addColumn('sales_order_line_id', 'text', (c) => c.notNull().references('sales_order_lines.id').onDelete('cascade'))
    .addColumn('item_id', 'text')
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addCheckConstraint('package_lines_positive', sql`quantity_milli > 0`)
    .execute();
  await db.schema.createIndex('package_lines_package').on('package_lines').columns(['package_id']).execute();

  await db.schema
    .createTable('carrier_templates')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tracking_url_template', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('carrier_templates_pk', ['organization_id', 'carrier'])
    .execute();

  await db.schema
    .createTable('cart_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('contact_person_id', 'text', (c) => c.notNull().references('contact_persons.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cart_lines_item', ['contact_person_id', 'customer_id', 'item_id'])
    .addCheckConstraint('cart_lines_positive', sql`quantity_milli > 0`)
    .execute();
}
