/**
 * Row types of the ordering tables (migration 2026-12-04T0900, docs/orders.md). Money in minor units,
 * quantities in thousandths (`_milli`), flags 0 / 1, dates YYYY-MM-DD, timestamps ISO 8601 UTC.
 */
type Timestamp = string;
/** YYYY-MM-DD */
type DateOnly = string;

export type StockMovementKind = 'receipt' | 'adjustment' | 'shipment';
export type PriceListKind = 'markup' | 'markdown' | 'per_item';
export type SalesOrderStatus = 'draft' | 'pending_approval' | 'confirmed' | 'partially_shipped' | 'shipped' | 'delivered' | 'cancelled';
export type PackageStatus = 'packed' | 'shipped' | 'delivered';
export type PriceSource = 'base' | 'price_list' | 'manual';

export interface ItemImagesTable {
  id: string;
  organization_id: string;
  item_id: string;
  position: number;
  content_type: string;
  data: Buffer;
  byte_size: number;
  alt_text: string | null;
  created_at: Timestamp;
}

export interface WarehousesTable {
  id: string;
  organization_id: string;
  name: string;
  address: string | null;
  is_default: number;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StockLevelsTable {
  item_id: string;
  warehouse_id: string;
  organization_id: string;
  on_hand_milli: number;
  /** Promised to confirmed, unshipped order lines; available = on hand − committed. */
  committed_milli: number;
  updated_at: Timestamp;
}

export interface StockMovementsTable {
  id: string;
  organization_id: string;
  item_id: string;
  warehouse_id: string;
  kind: StockMovementKind;
  /** The signed change of on hand. */
  quantity_milli: number;
  reason: string | null;
  sales_order_id: string | null;
  package_id: string | null;
  staff_user_id: string | null;
  created_at: Timestamp;
}

export interface PriceListsTable {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  currency: string;
  kind: PriceListKind;
  /** For markup and markdown: the percentage in basis points (1250 = 12.5 %). */
  percent_basis_points: number;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
  /** The organization's own key for the row (migration 2026-12-08T1200), unique within the organization. */
  external_id: string | null;
}

export interface PriceListRatesTable {
  id: string;
  price_list_id: string;
  item_id: string;
  /** From this quantity (thousandths) up to the next break. */
  min_quantity_milli: number;
  rate_minor: number;
}

export interface CustomerAddressesTable {
  id: string;
  organization_id: string;
  customer_id: string;
  label: string;
  address: string;
  is_default: number;
  removed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SalesOrdersTable {
  id: string;
  organization_id: string;
  customer_id: string;
  number: string;
  status: SalesOrderStatus;
  currency: string;
  order_date: DateOnly;
  expected_shipment_date: DateOnly | null;
  po_number: string | null;
  notes: string | null;
  terms: string | null;
  shipping_address_id: string | null;
  /** The address as it was when the order was placed. */
  shipping_address: string | null;
  warehouse_id: string;
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  placed_via: 'staff' | 'portal' | 'api';
  placed_by_contact_id: string | null;
  confirmed_at: Timestamp | null;
  shipped_at: Timestamp | null;
  delivered_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
  /** The organization's own key for the row (migration 2026-12-08T1200), unique within the organization. */
  external_id: string | null;
}

export interface SalesOrderLinesTable {
  id: string;
  sales_order_id: string;
  position: number;
  item_id: string | null;
  name: string;
  description: string | null;
  sku: string | null;
  unit: string | null;
  quantity_milli: number;
  rate_minor: number;
  discount_type: 'percent' | 'amount' | null;
  discount_value: number;
  tax_id: string | null;
  tax_name: string | null;
  tax_rate_millipercent: number;
  gross_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  price_source: PriceSource;
  price_list_id: string | null;
  price_list_name: string | null;
  price_break_min_milli: number | null;
  committed_milli: number;
  packed_milli: number;
  shipped_milli: number;
  invoiced_milli: number;
}

export interface SalesOrderEventsTable {
  id: string;
  sales_order_id: string;
  status: string;
  note: string | null;
  actor_type: 'staff' | 'contact' | 'system' | 'api';
  actor_name: string | null;
  created_at: Timestamp;
}

export interface SalesOrderCommentsTable {
  id: string;
  organization_id: string;
  sales_order_id: string;
  author_type: 'staff' | 'contact';
  staff_user_id: string | null;
  contact_person_id: string | null;
  author_name: string;
  body: string;
  display_in_portal: number;
  created_at: Timestamp;
}

export interface PackagesTable {
  id: string;
  organization_id: string;
  customer_id: string;
  sales_order_id: string;
  number: string;
  status: PackageStatus;
  package_date: DateOnly;
  notes: string | null;
  carrier: string | null;
  tracking_number: string | null;
  shipped_on: DateOnly | null;
  shipped_at: Timestamp | null;
  delivered_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
  /** The organization's own key for the package (migration 2026-12-08T1200), unique within the organization. */
  external_id: string | null;
}

export interface PackageLinesTable {
  id: string;
  package_id: string;
  sales_order_line_id: string;
  item_id: string | null;
  quantity_milli: number;
}

export interface CarrierTemplatesTable {
  organization_id: string;
  carrier: string;
  name: string;
  /** `{tracking_number}` is replaced by the (URL-encoded) tracking number. */
  tracking_url_template: string;
  updated_at: Timestamp;
}

export interface CartLinesTable {
  id: string;
  organization_id: string;
  customer_id: string;
  contact_person_id: string;
  item_id: string;
  quantity_milli: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrderTables {
  item_images: ItemImagesTable;
  warehouses: WarehousesTable;
  stock_levels: StockLevelsTable;
  stock_movements: StockMovementsTable;
  price_lists: PriceListsTable;
  price_list_rates: PriceListRatesTable;
  customer_addresses: CustomerAddressesTable;
  sales_orders: SalesOrdersTable;
  sales_order_lines: SalesOrderLinesTable;
  sales_order_events: SalesOrderEventsTable;
  sales_order_comments: SalesOrderCommentsTable;
  packages: PackagesTable;
  package_lines: PackageLinesTable;
  carrier_templates: CarrierTemplatesTable;
  cart_lines: CartLinesTable;
}
